package org.layerwright.train.layers;

import org.layerwright.core.layers.pooling.Pooling;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * MaxPooling1D/3D and AveragePooling1D/3D, channels last, VALID or SAME padding. 1-D pooling runs as 2-D pooling
 * on (N, 1, T, C), as Keras does; 3-D pooling is libnd4j's {@code maxpool3dnew} / {@code avgpool3dnew}. Average
 * pooling divides by the real (not padded) cells of each window, as TensorFlow.
 */
final class PoolingNdKernel extends SingleInputKernel {
    private final boolean max;
    private final Conv2dOps twoDimensional;
    private final int[] args3d;

    PoolingNdKernel(Pooling layer, boolean max) {
        this.max = max;
        int[] size = layer.poolSize();
        int[] strides = layer.strides();
        boolean same = "same".equals(layer.padding());
        if (size.length == 1) {
            this.twoDimensional = new Conv2dOps(new int[] {1, size[0]}, new int[] {1, strides[0]}, new int[] {1, 1},
                    same);
            this.args3d = null;
        } else {
            this.twoDimensional = null;
            // kD, kH, kW, sD, sH, sW, pD, pH, pW, dD, dH, dW, same, 0 = average over real cells only, 1 = NDHWC
            this.args3d = new int[] {size[0], size[1], size[2], strides[0], strides[1], strides[2], 0, 0, 0, 1, 1, 1,
                same ? 1 : 0, 0, 1};
        }
    }

    private static INDArray expand(INDArray x) {
        return x.reshape('c', x.size(0), 1, x.size(1), x.size(2));
    }

    private static INDArray squeeze(INDArray x) {
        return x.reshape('c', x.size(0), x.size(2), x.size(3));
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        if (twoDimensional != null) {
            return Forward.of(squeeze(twoDimensional.pool(expand(input), max)), input);
        }
        String op = max ? "maxpool3dnew" : "avgpool3dnew";
        return Forward.of(Nd4j.exec(DynamicCustomOp.builder(op).addInputs(input).addIntegerArguments(args3d)
                .build())[0], input);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        INDArray input = (INDArray) forward.saved();
        if (twoDimensional != null) {
            return squeeze(twoDimensional.poolBackward(expand(input), expand(outputGradient), max));
        }
        String op = max ? "maxpool3dnew_bp" : "avgpool3dnew_bp";
        return Nd4j.exec(DynamicCustomOp.builder(op).addInputs(input, outputGradient).addIntegerArguments(args3d)
                .build())[0];
    }
}
