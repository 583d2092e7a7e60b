package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * UpSampling1D/2D/3D with nearest-neighbour interpolation (channels last): each spatial cell is repeated
 * {@code size} times along its axis; the gradient sums each block of copies back into its cell.
 */
final class UpSamplingKernel extends SingleInputKernel {
    private final int[] size;

    UpSamplingKernel(int[] size) {
        this.size = size.clone();
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray out = input;
        for (int i = 0; i < size.length; i++) {
            out = out.repeat(i + 1, size[i]);
        }
        return Forward.of(out, input.shape());
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        long[] inputShape = (long[]) forward.saved();
        int spatial = size.length;
        // (N, d1·s1, ..., C) viewed as (N, d1, s1, d2, s2, ..., C); the copies sit on the s axes.
        long[] split = new long[2 * spatial + 2];
        int[] copyAxes = new int[spatial];
        split[0] = inputShape[0];
        for (int i = 0; i < spatial; i++) {
            split[1 + 2 * i] = inputShape[i + 1];
            split[2 + 2 * i] = size[i];
            copyAxes[i] = 2 + 2 * i;
        }
        split[split.length - 1] = inputShape[inputShape.length - 1];
        return outputGradient.reshape('c', split).sum(copyAxes).reshape('c', inputShape);
    }
}
