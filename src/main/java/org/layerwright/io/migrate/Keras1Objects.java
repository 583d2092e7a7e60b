package org.layerwright.io.migrate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.core.config.Floats;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * Keras 1.x initializer names, regularizers and constraints in the form tf.keras 2 writes them. Keras 1 wrote
 * regularizers as {@code {"name": "L1L2Regularizer", "l1": ..., "l2": ...}} and constraints as
 * {@code {"name": "MaxNorm", "m": 2, "axis": 0}}; initializers were names, some of them renamed in Keras 2.
 */
final class Keras1Objects {
    private static final Map<String, String> INITIALIZER_NAMES = Map.of(
            "uniform", "random_uniform", "normal", "random_normal", "zero", "zeros", "one", "ones");

    private Keras1Objects() {
    }

    /** A Keras 1 initializer name under its Keras 2 name ({@code uniform} → {@code random_uniform}). */
    static Object initializer(Object value) {
        if (value instanceof String) {
            return INITIALIZER_NAMES.getOrDefault(value, (String) value);
        }
        return value;
    }

    /** A Keras 1 regularizer as a tf.keras {@code L1L2} object (l1 and l2 through float32, as Keras casts them). */
    @SuppressWarnings("unchecked")
    static Object regularizer(Object value, String where) {
        if (!(value instanceof Map) || !((Map<String, Object>) value).containsKey("name")) {
            return value;
        }
        Map<String, Object> map = (Map<String, Object>) value;
        String name = String.valueOf(map.get("name"));
        if (!name.equals("L1L2Regularizer") && !name.equals("WeightRegularizer")
                && !name.equals("ActivityRegularizer")) {
            throw new InvalidConfigException(where + ": unknown Keras 1 regularizer '" + name + "'. Expected"
                    + " L1L2Regularizer, WeightRegularizer or ActivityRegularizer.");
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("l1", Floats.float32(number(map.get("l1"))));
        config.put("l2", Floats.float32(number(map.get("l2"))));
        return object("L1L2", config);
    }

    /** A Keras 1 constraint as a tf.keras object ({@code m} became {@code max_value}). */
    @SuppressWarnings("unchecked")
    static Object constraint(Object value, String where) {
        if (!(value instanceof Map) || !((Map<String, Object>) value).containsKey("name")) {
            return value;
        }
        Map<String, Object> map = (Map<String, Object>) value;
        String name = String.valueOf(map.get("name"));
        Map<String, Object> config = new LinkedHashMap<>();
        switch (name) {
            case "MaxNorm":
                config.put("max_value", map.getOrDefault("m", 2));
                config.put("axis", map.getOrDefault("axis", 0));
                return object("MaxNorm", config);
            case "NonNeg":
                return object("NonNeg", config);
            case "UnitNorm":
                config.put("axis", map.getOrDefault("axis", 0));
                return object("UnitNorm", config);
            case "MinMaxNorm":
                config.put("min_value", map.getOrDefault("low", 0.0));
                config.put("max_value", map.getOrDefault("high", 1.0));
                config.put("rate", map.getOrDefault("rate", 1.0));
                config.put("axis", map.getOrDefault("axis", 0));
                return object("MinMaxNorm", config);
            default:
                throw new InvalidConfigException(where + ": unknown Keras 1 constraint '" + name + "'. Expected"
                        + " MaxNorm, NonNeg, UnitNorm or MinMaxNorm.");
        }
    }

    private static double number(Object value) {
        return value instanceof Number ? ((Number) value).doubleValue() : 0.0;
    }

    private static Map<String, Object> object(String className, Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("class_name", className);
        out.put("config", config);
        return out;
    }
}
