package org.layerwright.io.migrate;

import java.util.List;
import java.util.Map;

/**
 * Keras 2.13+ ({@code serialization_lib}) object entries in tf.keras 2 form: layer entries and nested objects lose
 * {@code module}, {@code registered_name} and {@code build_config} (the shapes it records are rebuilt from the
 * graph); model envelopes also lose {@code compile_config}.
 */
final class Keras213Serialization {
    private Keras213Serialization() {
    }

    /** Strips the new keys from every object in the config tree, in place. */
    @SuppressWarnings("unchecked")
    static void strip(Object value) {
        if (value instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) value;
            if (map.containsKey("class_name") && (map.containsKey("module") || map.containsKey("registered_name"))) {
                map.remove("module");
                map.remove("registered_name");
                map.remove("build_config");
                map.remove("compile_config");
            }
            for (Object child : map.values()) {
                strip(child);
            }
        } else if (value instanceof List) {
            for (Object child : (List<Object>) value) {
                strip(child);
            }
        }
    }
}
