package org.layerwright.train.layers;

import org.layerwright.core.layers.pooling.Pooling;
import org.nd4j.linalg.api.ndarray.INDArray;

/** MaxPooling2D and AveragePooling2D, channels last, VALID or SAME padding. */
final class PoolingKernel extends SingleInputKernel {
    private final Conv2dOps ops;
    private final boolean max;

    PoolingKernel(Pooling layer, boolean max) {
        this.ops = new Conv2dOps(layer.poolSize(), layer.strides(), new int[] {1, 1}, "same".equals(layer.padding()));
        this.max = max;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        return Forward.of(ops.pool(input, max), input);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        return ops.poolBackward((INDArray) forward.saved(), outputGradient, max);
    }
}
