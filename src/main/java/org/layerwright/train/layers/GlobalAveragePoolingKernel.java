package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/** GlobalAveragePooling2D (channels last): the mean over height and width, with or without keepdims. */
final class GlobalAveragePoolingKernel extends SingleInputKernel {
    private final boolean keepDims;

    GlobalAveragePoolingKernel(boolean keepDims) {
        this.keepDims = keepDims;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray mean = input.mean(1, 2);
        INDArray out = keepDims ? mean.reshape(input.size(0), 1, 1, input.size(3)) : mean;
        return Forward.of(out, input.shape());
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        long[] shape = (long[]) forward.saved();
        INDArray g = outputGradient.reshape(shape[0], 1, 1, shape[3]);
        double cells = (double) shape[1] * shape[2];
        return g.broadcast(shape).div(cells);
    }
}
