package org.layerwright.train.activations;

import org.nd4j.linalg.api.ndarray.INDArray;

/** An element-wise (or, for softmax, last-axis) activation with its derivative. */
public interface ActivationFunction {
    /** The activation of {@code z}, as a new array ({@code z} is left unchanged). */
    INDArray apply(INDArray z);

    /**
     * d loss / d z from d loss / d a.
     *
     * @param z the pre-activation
     * @param a the activation {@code apply(z)} returned
     * @param gradient d loss / d a
     */
    INDArray backward(INDArray z, INDArray a, INDArray gradient);

    /** True when {@link #backward} does not read {@code z}, so the caller need not keep it. */
    default boolean backwardUsesOnlyOutput() {
        return false;
    }

    /** The same activation on one value, or null when it has no element-wise form (softmax) or none written yet. */
    default ScalarActivation scalar() {
        return null;
    }
}
