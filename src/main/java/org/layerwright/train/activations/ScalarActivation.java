package org.layerwright.train.activations;

/**
 * An element-wise activation on one value, for kernels that fuse a whole step into one Java loop (a recurrent
 * step runs thousands of times per batch; one loop there beats a dozen native calls, each with its own overhead).
 * It agrees with the array form of the same {@link ActivationFunction}.
 */
public interface ScalarActivation {
    /** The activation of {@code z}. */
    float apply(float z);

    /** d a / d z, given the pre-activation {@code z} and the activation {@code a = apply(z)}. */
    float derivative(float z, float a);
}
