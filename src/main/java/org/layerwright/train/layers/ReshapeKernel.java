package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Flatten and Reshape: a C-order reshape that keeps the batch axis. For channels-last data C order is exactly
 * Keras's flatten order.
 */
final class ReshapeKernel extends SingleInputKernel {
    private final int[] target;

    /** @param target the per-sample shape; -1 (once) for "whatever is left"; empty for Flatten */
    ReshapeKernel(int[] target) {
        this.target = target;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        long[] shape = new long[target.length + 1];
        shape[0] = input.size(0);
        if (target.length == 0) {
            shape = new long[] {input.size(0), input.length() / Math.max(1, input.size(0))};
        } else {
            for (int i = 0; i < target.length; i++) {
                shape[i + 1] = target[i];
            }
        }
        INDArray source = input.ordering() == 'c' ? input : input.dup('c');
        return Forward.of(source.reshape('c', shape), input.shape());
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        INDArray g = outputGradient.ordering() == 'c' ? outputGradient : outputGradient.dup('c');
        return g.reshape('c', (long[]) forward.saved());
    }
}
