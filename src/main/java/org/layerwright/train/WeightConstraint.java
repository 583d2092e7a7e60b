package org.layerwright.train;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras's weight constraints, applied to a weight after every optimizer update: MaxNorm, NonNeg, UnitNorm and
 * MinMaxNorm, with Keras's formulas ({@code w · desired / (ε + norm)}, ε = 1e-7, norms over {@code axis}).
 */
final class WeightConstraint {
    private static final double EPSILON = 1e-7;

    private final String kind;
    private final int[] axes;
    private final double minValue;
    private final double maxValue;
    private final double rate;

    private WeightConstraint(String kind, int[] axes, double minValue, double maxValue, double rate) {
        this.kind = kind;
        this.axes = axes;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.rate = rate;
    }

    /** Reads a constraint config value; returns null for a class training does not know. */
    @SuppressWarnings("unchecked")
    static WeightConstraint fromConfig(Object value) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("class_name") instanceof String className)) {
            return null;
        }
        Map<String, Object> config = map.get("config") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
        int[] axes = axes(config.get("axis"));
        switch (className) {
            case "MaxNorm":
                return new WeightConstraint("max_norm", axes, 0.0, number(config, "max_value", 2.0), 1.0);
            case "NonNeg":
                return new WeightConstraint("non_neg", axes, 0.0, 0.0, 1.0);
            case "UnitNorm":
                return new WeightConstraint("unit_norm", axes, 0.0, 0.0, 1.0);
            case "MinMaxNorm":
                return new WeightConstraint("min_max_norm", axes, number(config, "min_value", 0.0),
                        number(config, "max_value", 1.0), number(config, "rate", 1.0));
            default:
                return null;
        }
    }

    private static int[] axes(Object axis) {
        if (axis instanceof Number n) {
            return new int[] {n.intValue()};
        }
        if (axis instanceof List<?> list) {
            return list.stream().mapToInt(a -> ((Number) a).intValue()).toArray();
        }
        return new int[] {0};
    }

    private static double number(Map<String, Object> config, String key, double fallback) {
        Object v = config.get(key);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    /** Replaces the values of {@code w} (in place) with the constrained ones. */
    void apply(INDArray w) {
        if ("non_neg".equals(kind)) {
            BooleanIndexing.replaceWhere(w, 0.0, Conditions.lessThan(0.0));
            return;
        }
        int[] dims = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            dims[i] = axes[i] < 0 ? axes[i] + w.rank() : axes[i];
        }
        INDArray norms = Transforms.sqrt(w.mul(w).sum(true, dims), false);
        INDArray desired = switch (kind) {
            case "max_norm" -> Transforms.min(norms, maxValue, true);
            case "unit_norm" -> norms.like().assign(1.0);
            default -> Transforms.min(Transforms.max(norms, minValue, true), maxValue, false).muli(rate)
                    .addi(norms.mul(1.0 - rate));
        };
        INDArray factor = desired.divi(norms.addi(EPSILON));
        w.assign(w.mul(factor.broadcast(w.shape())));
    }
}
