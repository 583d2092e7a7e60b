package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * libnd4j's channels-last convolutions with Keras's kernel layouts: {@code conv2d} and {@code depthwise_conv2d}
 * (kernel (kh, kw, in, out|multiplier)) and {@code conv3dnew} (kernel (kd, kh, kw, in, out)), each with its
 * {@code _bp} op. SAME padding is TensorFlow's (the extra cell goes at the end).
 */
final class NativeConvOps implements ConvOps {
    private final String op;
    private final int[] args;

    private NativeConvOps(String op, int[] args) {
        this.op = op;
        this.args = args;
    }

    /** conv2d (depthwise = false) or depthwise_conv2d on NHWC data. */
    static NativeConvOps conv2d(boolean depthwise, int[] kernel, int[] strides, int[] dilation, boolean same) {
        // kH, kW, sH, sW, pH, pW, dH, dW, same, 1 = NHWC, 0 = Keras's weight layout
        return new NativeConvOps(depthwise ? "depthwise_conv2d" : "conv2d", new int[] {kernel[0], kernel[1],
            strides[0], strides[1], 0, 0, dilation[0], dilation[1], same ? 1 : 0, 1, 0});
    }

    /** conv3dnew on NDHWC data. */
    static NativeConvOps conv3d(int[] kernel, int[] strides, int[] dilation, boolean same) {
        return new NativeConvOps("conv3dnew", new int[] {kernel[0], kernel[1], kernel[2], strides[0], strides[1],
            strides[2], 0, 0, 0, dilation[0], dilation[1], dilation[2], same ? 1 : 0, 1, 0});
    }

    @Override
    public INDArray conv(INDArray x, INDArray w, INDArray b) {
        INDArray[] inputs = b == null ? new INDArray[] {x, w} : new INDArray[] {x, w, b};
        return Nd4j.exec(DynamicCustomOp.builder(op).addInputs(inputs).addIntegerArguments(args).build())[0];
    }

    @Override
    public INDArray[] convBackward(INDArray x, INDArray w, INDArray b, INDArray gradOut) {
        INDArray[] inputs = b == null ? new INDArray[] {x, w, gradOut} : new INDArray[] {x, w, b, gradOut};
        return Nd4j.exec(DynamicCustomOp.builder(op + "_bp").addInputs(inputs).addIntegerArguments(args).build());
    }
}
