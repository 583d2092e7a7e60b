package org.layerwright.core;

import java.util.List;

/** Small pieces of the teaching formulas layers write about their numbers. */
public final class Formulas {
    private Formulas() {
    }

    /** {@code 784 × 10} for a shape ({@code 1} for a scalar, {@code None} for an unknown axis). */
    public static String dimsProduct(Shape shape) {
        if (shape.rank() == 0) {
            return "1";
        }
        StringBuilder sb = new StringBuilder();
        for (Integer d : shape.toList()) {
            if (sb.length() > 0) {
                sb.append(" × ");
            }
            sb.append(d == null ? "None" : d.toString());
        }
        return sb.toString();
    }

    /** The generic formula: each weight's shape, summed: {@code kernel 784 × 10 + bias 10 = 7,850}. */
    public static String sumOfWeights(List<WeightSpec> specs, long total) {
        if (specs.isEmpty()) {
            return "no weights = 0";
        }
        StringBuilder sb = new StringBuilder();
        for (WeightSpec w : specs) {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(w.shortName()).append(' ').append(dimsProduct(w.shape()));
        }
        return sb.append(" = ").append(Counts.grouped(total)).toString();
    }
}
