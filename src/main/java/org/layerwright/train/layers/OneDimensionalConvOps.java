package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs a 2-D convolution on 1-D data, as Keras does: (N, T, C) becomes (N, 1, T, C) and a kernel (k, a, b)
 * becomes (1, k, a, b); results are reshaped back.
 */
final class OneDimensionalConvOps implements ConvOps {
    private final ConvOps twoDimensional;

    OneDimensionalConvOps(ConvOps twoDimensional) {
        this.twoDimensional = twoDimensional;
    }

    private static INDArray expand(INDArray a) {
        return a.reshape('c', a.size(0), 1, a.size(1), a.size(2));
    }

    private static INDArray expandKernel(INDArray w) {
        return w.reshape('c', 1, w.size(0), w.size(1), w.size(2));
    }

    private static INDArray squeeze(INDArray a) {
        return a.reshape('c', a.size(0), a.size(2), a.size(3));
    }

    private static INDArray squeezeKernel(INDArray w) {
        return w.reshape('c', w.size(1), w.size(2), w.size(3));
    }

    @Override
    public INDArray conv(INDArray x, INDArray w, INDArray b) {
        return squeeze(twoDimensional.conv(expand(x), expandKernel(w), b));
    }

    @Override
    public INDArray[] convBackward(INDArray x, INDArray w, INDArray b, INDArray gradOut) {
        INDArray[] grads = twoDimensional.convBackward(expand(x), expandKernel(w), b, expand(gradOut));
        INDArray[] out = grads.clone();
        out[0] = squeeze(grads[0]);
        out[1] = squeezeKernel(grads[1]);
        return out;
    }
}
