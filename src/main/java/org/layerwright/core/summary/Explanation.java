package org.layerwright.core.summary;

import java.util.function.Supplier;

/**
 * How a row's numbers arise (the parameter formula and the shape arithmetic), worked out only when first asked
 * for: a summary of ten thousand layers should not format ten thousand formulas nobody unfolds.
 */
public final class Explanation {
    private final Supplier<String> paramsSource;
    private final Supplier<String> shapeSource;
    private String params;
    private String shape;

    public Explanation(Supplier<String> paramsSource, Supplier<String> shapeSource) {
        this.paramsSource = paramsSource;
        this.shapeSource = shapeSource;
    }

    /** The explanation of a layer's numbers, asked of the layer when first needed. */
    public static Explanation of(org.layerwright.core.Layer layer) {
        return new Explanation(layer::explainParams, layer::explainShape);
    }

    /** An explanation given as text. */
    public static Explanation of(String params, String shape) {
        return new Explanation(() -> params, () -> shape);
    }

    /** The parameter formula with real numbers: {@code 10 × (784 + 1) = 7,850}. */
    public synchronized String params() {
        if (params == null) {
            params = paramsSource.get();
        }
        return params;
    }

    /** The output-shape arithmetic, or an empty string when the shape is the input's. */
    public synchronized String shape() {
        if (shape == null) {
            shape = shapeSource.get();
        }
        return shape;
    }

    /** Two explanations are equal when they say the same thing. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation && params().equals(((Explanation) o).params())
                && shape().equals(((Explanation) o).shape());
    }

    @Override
    public int hashCode() {
        return params().hashCode() * 31 + shape().hashCode();
    }

    @Override
    public String toString() {
        return params() + (shape().isEmpty() ? "" : "; " + shape());
    }
}
