package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradients of one layer's weights, aligned with its {@code getWeights()}. Adding (rather than setting) lets a
 * layer that is called more than once in a graph sum the gradients of every call.
 */
public final class WeightGradients {
    private final INDArray[] gradients;

    public WeightGradients(int count) {
        this.gradients = new INDArray[count];
    }

    /** Adds {@code gradient} to the gradient of weight {@code index}. */
    public void add(int index, INDArray gradient) {
        gradients[index] = gradients[index] == null ? gradient : gradients[index].add(gradient);
    }

    /** The gradient of weight {@code index}, or null when none was added (a non-trainable weight). */
    public INDArray get(int index) {
        return gradients[index];
    }

    /** The number of weights. */
    public int size() {
        return gradients.length;
    }

    /** Forgets every gradient, before the next batch. */
    public void clear() {
        java.util.Arrays.fill(gradients, null);
    }
}
