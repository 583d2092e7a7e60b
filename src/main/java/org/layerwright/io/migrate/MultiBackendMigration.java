package org.layerwright.io.migrate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A multi-backend Keras 2.0-2.3 model config in tf.keras 2 form. Those versions wrote the named initializers as
 * {@code VarianceScaling} objects ({@code glorot_uniform} = scale 1, fan_avg, uniform); they are written back as
 * the named tf.keras classes. A GRU without {@code reset_after} used the multi-backend default, False, which
 * tf.keras would otherwise read as True. The deprecated {@code Merge} layer of Keras 2.0 is replaced too.
 */
final class MultiBackendMigration {
    private MultiBackendMigration() {
    }

    static Map<String, Object> migrate(Map<String, Object> envelope) {
        LayerEntries.forEach(envelope, "", (entry, path) -> {
            Keras1Merge.migrate(entry, LayerEntries.describe(entry, path));
            Map<String, Object> config = LayerEntries.config(entry);
            if (config == null) {
                return;
            }
            for (Map.Entry<String, Object> e : config.entrySet()) {
                if (e.getKey().endsWith("initializer")) {
                    e.setValue(namedInitializer(e.getValue()));
                }
            }
            if ("GRU".equals(entry.get("class_name")) && !config.containsKey("reset_after")) {
                config.put("reset_after", false);
            }
        });
        return envelope;
    }

    /** {@code VarianceScaling(1, fan_avg, uniform)} → {@code GlorotUniform}, and the other named variants. */
    @SuppressWarnings("unchecked")
    static Object namedInitializer(Object value) {
        if (!(value instanceof Map) || !"VarianceScaling".equals(((Map<String, Object>) value).get("class_name"))
                || !(((Map<String, Object>) value).get("config") instanceof Map)) {
            return value;
        }
        Map<String, Object> config = (Map<String, Object>) ((Map<String, Object>) value).get("config");
        Object scale = config.get("scale");
        Object mode = config.get("mode");
        Object distribution = config.get("distribution");
        if (!(scale instanceof Number)) {
            return value;
        }
        double s = ((Number) scale).doubleValue();
        boolean uniform = "uniform".equals(distribution);
        boolean normal = "normal".equals(distribution) || "truncated_normal".equals(distribution);
        String className = null;
        if (s == 1.0 && "fan_avg".equals(mode)) {
            className = uniform ? "GlorotUniform" : normal ? "GlorotNormal" : null;
        } else if (s == 2.0 && "fan_in".equals(mode)) {
            className = uniform ? "HeUniform" : normal ? "HeNormal" : null;
        } else if (s == 1.0 && "fan_in".equals(mode)) {
            className = uniform ? "LecunUniform" : normal ? "LecunNormal" : null;
        }
        if (className == null) {
            return value;
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("class_name", className);
        Map<String, Object> namedConfig = new LinkedHashMap<>();
        namedConfig.put("seed", config.get("seed"));
        named.put("config", namedConfig);
        return named;
    }
}
