package org.layerwright.io.migrate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.errors.LayerwrightException;

/**
 * Nested initializers, regularizers and constraints in the form tf.keras 2.6 writes them after reading them:
 * without the {@code dtype} that tf.keras before 2.2 and TensorFlow.js put into initializer configs (tf.keras's
 * {@code Initializer.from_config} discards it), and with their config keys in the order of the class's
 * {@code get_config} (YAML sorts them; Keras rebuilds the object, so its own order comes back).
 */
final class NestedObjects {
    private NestedObjects() {
    }

    static void migrate(Map<String, Object> envelope) {
        LayerEntries.forEach(envelope, "", (entry, path) -> {
            Map<String, Object> config = LayerEntries.config(entry);
            if (config == null) {
                return;
            }
            for (Map.Entry<String, Object> e : config.entrySet()) {
                KerasObjects.Kind kind = kindOf(e.getKey());
                if (kind != null) {
                    normalize(kind, e.getValue());
                }
            }
        });
    }

    private static KerasObjects.Kind kindOf(String key) {
        if (key.endsWith("initializer")) {
            return KerasObjects.Kind.INITIALIZER;
        }
        if (key.endsWith("regularizer")) {
            return KerasObjects.Kind.REGULARIZER;
        }
        if (key.endsWith("constraint")) {
            return KerasObjects.Kind.CONSTRAINT;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void normalize(KerasObjects.Kind kind, Object value) {
        if (!(value instanceof Map) || !(((Map<String, Object>) value).get("config") instanceof Map)
                || !(((Map<String, Object>) value).get("class_name") instanceof String)) {
            return;
        }
        Map<String, Object> object = (Map<String, Object>) value;
        Map<String, Object> config = (Map<String, Object>) object.get("config");
        if (kind == KerasObjects.Kind.INITIALIZER) {
            config.remove("dtype");
        }
        KerasObject known;
        try {
            known = KerasObjects.byName(kind, (String) object.get("class_name"));
        } catch (LayerwrightException e) {
            return;
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : known.config().keySet()) {
            if (config.containsKey(key)) {
                ordered.put(key, config.get(key));
            }
        }
        for (Map.Entry<String, Object> e : config.entrySet()) {
            ordered.putIfAbsent(e.getKey(), e.getValue());
        }
        config.clear();
        config.putAll(ordered);
    }
}
