package org.layerwright.core.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.layerwright.core.errors.InvalidLayerArgumentException;

/**
 * Resolves initializers, regularizers and constraints given by Keras's short names ({@code "glorot_uniform"},
 * {@code "l2"}) or as serialized objects, to the {@link KerasObject} that tf.keras 2.6 writes.
 */
public final class KerasObjects {
    public enum Kind {
        INITIALIZER("initializer"), REGULARIZER("regularizer"), CONSTRAINT("constraint");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    private static final Map<String, KerasObject> INITIALIZERS = new LinkedHashMap<>();
    private static final Map<String, KerasObject> REGULARIZERS = new LinkedHashMap<>();
    private static final Map<String, KerasObject> CONSTRAINTS = new LinkedHashMap<>();

    static {
        init("zeros", KerasObject.of("Zeros"));
        init("ones", KerasObject.of("Ones"));
        init("constant", KerasObject.of("Constant", "value", 0));
        init("random_normal", KerasObject.of("RandomNormal", "mean", 0.0, "stddev", 0.05, "seed", null));
        init("random_uniform", KerasObject.of("RandomUniform", "minval", -0.05, "maxval", 0.05, "seed", null));
        init("truncated_normal", KerasObject.of("TruncatedNormal", "mean", 0.0, "stddev", 0.05, "seed", null));
        init("variance_scaling", KerasObject.of("VarianceScaling", "scale", 1.0, "mode", "fan_in",
                "distribution", "truncated_normal", "seed", null));
        init("orthogonal", KerasObject.of("Orthogonal", "gain", 1.0, "seed", null));
        init("identity", KerasObject.of("Identity", "gain", 1.0));
        for (String name : new String[] {"glorot_uniform", "glorot_normal", "he_uniform", "he_normal",
                "lecun_uniform", "lecun_normal"}) {
            init(name, KerasObject.of(classNameOf(name), "seed", null));
        }
        REGULARIZERS.put("l1", KerasObject.of("L1", "l1", Floats.float32(0.01)));
        REGULARIZERS.put("l2", KerasObject.of("L2", "l2", Floats.float32(0.01)));
        REGULARIZERS.put("l1_l2", KerasObject.of("L1L2", "l1", Floats.float32(0.01), "l2", Floats.float32(0.01)));
        CONSTRAINTS.put("max_norm", KerasObject.of("MaxNorm", "max_value", 2, "axis", 0));
        CONSTRAINTS.put("non_neg", KerasObject.of("NonNeg"));
        CONSTRAINTS.put("unit_norm", KerasObject.of("UnitNorm", "axis", 0));
        CONSTRAINTS.put("min_max_norm", KerasObject.of("MinMaxNorm", "min_value", 0.0, "max_value", 1.0,
                "rate", 1.0, "axis", 0));
        CONSTRAINTS.put("radial_constraint", KerasObject.of("RadialConstraint"));
    }

    private KerasObjects() {
    }

    private static void init(String name, KerasObject object) {
        INITIALIZERS.put(name, object);
    }

    /** {@code glorot_uniform} → {@code GlorotUniform}. */
    private static String classNameOf(String snake) {
        StringBuilder sb = new StringBuilder();
        for (String part : snake.split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    private static Map<String, KerasObject> table(Kind kind) {
        switch (kind) {
            case INITIALIZER:
                return INITIALIZERS;
            case REGULARIZER:
                return REGULARIZERS;
            default:
                return CONSTRAINTS;
        }
    }

    /** The short names of a kind, in Keras's order ({@code zeros}, {@code ones}, ...), for pickers. */
    public static java.util.List<String> names(Kind kind) {
        return java.util.List.copyOf(table(kind).keySet());
    }

    /** The object for a short name such as {@code "he_normal"}. */
    public static KerasObject byName(Kind kind, String name) {
        KerasObject object = table(kind).get(name.toLowerCase(Locale.ROOT));
        if (object == null) {
            for (KerasObject candidate : table(kind).values()) {
                if (candidate.className().equals(name)) {
                    return candidate;
                }
            }
            throw new InvalidLayerArgumentException("Unknown " + kind.word + ": '" + name + "'. Expected one of "
                    + String.join(", ", table(kind).keySet()) + ", or a {\"class_name\", \"config\"} object.");
        }
        return object;
    }

    /**
     * Resolves a config value: {@code null}, a short name, a {@link KerasObject}, or a map with
     * {@code class_name} and {@code config}.
     */
    @SuppressWarnings("unchecked")
    public static KerasObject resolve(Kind kind, Object value) {
        if (value == null || value instanceof KerasObject) {
            return (KerasObject) value;
        }
        if (value instanceof String) {
            return byName(kind, (String) value);
        }
        if (value instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) value;
            Object className = map.get("class_name");
            if (className instanceof String) {
                Object config = map.get("config");
                return new KerasObject((String) className,
                        config instanceof Map ? (Map<String, Object>) config : Map.of());
            }
        }
        throw new InvalidLayerArgumentException("Could not interpret " + kind.word + " value: " + value
                + ". Expected a name such as '" + table(kind).keySet().iterator().next()
                + "' or a {\"class_name\", \"config\"} object.");
    }

    /** The config value Keras writes for an object: {@code null} or its {@code class_name}/{@code config} map. */
    public static Object serialize(KerasObject object) {
        return object == null ? null : object.toConfig();
    }
}
