package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A transposed convolution as TensorFlow computes it: the gradient of the matching convolution with respect to its
 * input. Keras's transposed kernel (k..., filters, in) is that convolution's kernel (k..., in = filters, out = in),
 * so forward is {@code conv_bp} with the input as the output gradient, the input gradient is a plain convolution
 * of the output gradient, and the kernel gradient is the convolution's kernel gradient with the roles swapped.
 */
final class TransposedConvOps implements ConvOps {
    /** The output's spatial lengths for an input's spatial lengths (Keras's {@code deconv_output_length}). */
    interface OutputLengths {
        long[] of(long[] inputLengths);
    }

    private final ConvOps convolution;
    private final OutputLengths lengths;

    TransposedConvOps(ConvOps convolution, OutputLengths lengths) {
        this.convolution = convolution;
        this.lengths = lengths;
    }

    @Override
    public INDArray conv(INDArray x, INDArray w, INDArray b) {
        int rank = x.rank();
        long[] spatial = new long[rank - 2];
        for (int i = 0; i < spatial.length; i++) {
            spatial[i] = x.size(i + 1);
        }
        long[] out = lengths.of(spatial);
        long[] shape = new long[rank];
        shape[0] = x.size(0);
        System.arraycopy(out, 0, shape, 1, out.length);
        shape[rank - 1] = w.size(w.rank() - 2);
        INDArray y = convolution.convBackward(Nd4j.zeros(x.dataType(), shape), w, null, x)[0];
        return b == null ? y : ChannelsLast.addBias(y, b);
    }

    @Override
    public INDArray[] convBackward(INDArray x, INDArray w, INDArray b, INDArray gradOut) {
        INDArray dx = convolution.conv(gradOut, w, null);
        INDArray dw = convolution.convBackward(gradOut, w, null, x)[1];
        if (b == null) {
            return new INDArray[] {dx, dw};
        }
        return new INDArray[] {dx, dw, ChannelsLast.sumOverChannels(gradOut)};
    }
}
