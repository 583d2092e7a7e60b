package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * GlobalAveragePooling1D/3D and GlobalMaxPooling1D/2D/3D (channels last): the mean or maximum over every spatial
 * axis, with or without keepdims. The maximum's gradient is shared equally between tied cells, as TensorFlow's.
 */
final class GlobalPoolingKernel extends SingleInputKernel {
    private final boolean max;
    private final boolean keepDims;

    GlobalPoolingKernel(boolean max, boolean keepDims) {
        this.max = max;
        this.keepDims = keepDims;
    }

    /** The input's shape with every spatial axis set to 1. */
    private static long[] pooledShape(long[] shape) {
        long[] pooled = shape.clone();
        for (int d = 1; d < shape.length - 1; d++) {
            pooled[d] = 1;
        }
        return pooled;
    }

    private static int[] spatialAxes(int rank) {
        int[] axes = new int[rank - 2];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i + 1;
        }
        return axes;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        int[] axes = spatialAxes(input.rank());
        INDArray pooled = max ? input.max(axes) : input.mean(axes);
        INDArray out = keepDims ? pooled.reshape('c', pooledShape(input.shape())) : pooled;
        return Forward.of(out, input);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        INDArray input = (INDArray) forward.saved();
        long[] shape = input.shape();
        long[] pooledShape = pooledShape(shape);
        INDArray g = outputGradient.reshape('c', pooledShape).broadcast(shape);
        if (!max) {
            return g.div(input.length() / (shape[0] * shape[shape.length - 1]));
        }
        INDArray peak = forward.output().reshape('c', pooledShape).broadcast(shape);
        INDArray selected = input.eq(peak).castTo(input.dataType());
        INDArray count = selected.sum(true, spatialAxes(input.rank())).broadcast(shape);
        return g.mul(selected).divi(count);
    }
}
