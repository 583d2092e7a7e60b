package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * libnd4j's conv2d / conv2d_bp and pooling ops on channels-last (NHWC) data with Keras's kernel layout
 * (kh, kw, in, out). SAME padding is TensorFlow's (the extra row/column goes at the bottom/right).
 */
final class Conv2dOps {
    /** libnd4j's data-format flag for NHWC. */
    private static final int NHWC = 1;
    /** libnd4j's weights-format flag for [kH, kW, iC, oC], Keras's layout. */
    private static final int KERAS_WEIGHTS = 0;

    private final int[] kernel;
    private final int[] strides;
    private final int[] dilation;
    private final boolean same;

    Conv2dOps(int[] kernel, int[] strides, int[] dilation, boolean same) {
        this.kernel = kernel;
        this.strides = strides;
        this.dilation = dilation;
        this.same = same;
    }

    private int[] convArgs() {
        return new int[] {kernel[0], kernel[1], strides[0], strides[1], 0, 0, dilation[0], dilation[1],
            same ? 1 : 0, NHWC, KERAS_WEIGHTS};
    }

    private int[] poolArgs(int extra) {
        return new int[] {kernel[0], kernel[1], strides[0], strides[1], 0, 0, dilation[0], dilation[1],
            same ? 1 : 0, extra, NHWC};
    }

    /** x (N, H, W, in) * w (kh, kw, in, out) + b → (N, H', W', out). */
    INDArray conv(INDArray x, INDArray w, INDArray b) {
        INDArray[] inputs = b == null ? new INDArray[] {x, w} : new INDArray[] {x, w, b};
        return Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(inputs).addIntegerArguments(convArgs())
                .build())[0];
    }

    /** The gradients of {@link #conv}: [dx, dw, db] (db absent without a bias). */
    INDArray[] convBackward(INDArray x, INDArray w, INDArray b, INDArray gradOut) {
        INDArray[] inputs = b == null ? new INDArray[] {x, w, gradOut} : new INDArray[] {x, w, b, gradOut};
        return Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(inputs).addIntegerArguments(convArgs())
                .build());
    }

    /** max or average pooling; for average, the divisor counts only real (not padded) cells, as TensorFlow. */
    INDArray pool(INDArray x, boolean max) {
        DynamicCustomOp op = DynamicCustomOp.builder(max ? "maxpool2d" : "avgpool2d").addInputs(x)
                .addIntegerArguments(poolArgs(0)).build();
        return Nd4j.exec(op)[0];
    }

    /** The gradient of {@link #pool} with respect to x. */
    INDArray poolBackward(INDArray x, INDArray gradOut, boolean max) {
        DynamicCustomOp op = DynamicCustomOp.builder(max ? "maxpool2d_bp" : "avgpool2d_bp").addInputs(x, gradOut)
                .addIntegerArguments(poolArgs(0)).build();
        return Nd4j.exec(op)[0];
    }
}
