package org.layerwright.core.config;

/** Float helpers that reproduce Python's view of Keras's numbers. */
public final class Floats {
    private Floats() {
    }

    /**
     * The double Python sees after Keras casts a value through float32 ({@code cast_to_floatx}): {@code 0.01}
     * becomes {@code 0.009999999776482582}.
     */
    public static double float32(double value) {
        return (float) value;
    }
}
