package org.layerwright.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Keras object serialized as {@code {"class_name": ..., "config": {...}}}: an initializer, regularizer or
 * constraint. Kept as data; the weights code turns initializers into arrays when weights are made.
 */
public final class KerasObject {
    private final String className;
    private final Map<String, Object> config;

    public KerasObject(String className, Map<String, Object> config) {
        this.className = Objects.requireNonNull(className, "className");
        this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    public static KerasObject of(String className) {
        return new KerasObject(className, Map.of());
    }

    /** An object with config entries given as alternating keys and values. */
    public static KerasObject of(String className, Object... keysAndValues) {
        Map<String, Object> config = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new KerasObject(className, config);
    }

    public String className() {
        return className;
    }

    public Map<String, Object> config() {
        return config;
    }

    /** The {@code {"class_name", "config"}} map Keras writes. */
    public Map<String, Object> toConfig() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("class_name", className);
        map.put("config", new LinkedHashMap<>(config));
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KerasObject && className.equals(((KerasObject) o).className)
                && config.equals(((KerasObject) o).config);
    }

    @Override
    public int hashCode() {
        return Objects.hash(className, config);
    }

    @Override
    public String toString() {
        return className + config;
    }
}
