package org.layerwright.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.layers.Activations;

/** Which editor an argument gets, decided from its Keras name and current value. */
public enum ArgumentKind {
    NAME, INT, FLOAT, BOOL, TUPLE, TEXT, OPTIONAL, CHOICE, ACTIVATION, INITIALIZER, REGULARIZER, CONSTRAINT, FIXED;

    /** The kind for a config key and its value. */
    public static ArgumentKind of(String key, Object value) {
        if (key.equals("name")) {
            return NAME;
        }
        if (key.equals("padding") || key.equals("data_format") || key.equals("interpolation")) {
            return CHOICE;
        }
        if (key.equals("activation") || key.endsWith("_activation")) {
            return ACTIVATION;
        }
        if (key.endsWith("_initializer")) {
            return INITIALIZER;
        }
        if (key.endsWith("_regularizer")) {
            return REGULARIZER;
        }
        if (key.endsWith("_constraint")) {
            return CONSTRAINT;
        }
        if (value instanceof Boolean) {
            return BOOL;
        }
        if (value instanceof Integer) {
            return INT;
        }
        if (value instanceof Double || value instanceof Float) {
            return FLOAT;
        }
        if (value instanceof List) {
            return TUPLE;
        }
        if (value instanceof String) {
            return TEXT;
        }
        if (value == null) {
            return OPTIONAL;
        }
        return FIXED;
    }

    /** The choices of a choice-like argument (the first entry "None" where Keras allows null). */
    public static List<String> choices(ArgumentKind kind, String key, String className) {
        switch (kind) {
            case CHOICE:
                if (key.equals("padding")) {
                    return "Conv1D".equals(className) ? List.of("valid", "same", "causal") : List.of("valid", "same");
                }
                if (key.equals("interpolation")) {
                    return List.of("nearest", "bilinear");
                }
                return List.of("channels_last", "channels_first");
            case ACTIVATION:
                return Activations.NAMES;
            case INITIALIZER:
                return KerasObjects.names(KerasObjects.Kind.INITIALIZER);
            case REGULARIZER:
                return withNone(KerasObjects.names(KerasObjects.Kind.REGULARIZER));
            case CONSTRAINT:
                return withNone(KerasObjects.names(KerasObjects.Kind.CONSTRAINT));
            default:
                return List.of();
        }
    }

    private static List<String> withNone(List<String> names) {
        List<String> out = new ArrayList<>();
        out.add("None");
        out.addAll(names);
        return out;
    }

    /** True for the kinds whose value is a Keras object ({@code {"class_name", "config"}}). */
    public boolean isKerasObject() {
        return this == INITIALIZER || this == REGULARIZER || this == CONSTRAINT;
    }

    /** The short name shown for a Keras object value: {@code GlorotUniform} → {@code glorot_uniform}. */
    @SuppressWarnings("unchecked")
    public String shortName(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Map && ((Map<String, Object>) value).get("class_name") instanceof String className) {
            return org.layerwright.core.Keras.toSnakeCase(className).replace("l1l2", "l1_l2");
        }
        return String.valueOf(value);
    }
}
