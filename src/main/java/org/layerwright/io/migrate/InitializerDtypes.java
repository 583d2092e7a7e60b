package org.layerwright.io.migrate;

import java.util.Map;

/**
 * Drops the {@code dtype} that tf.keras before 2.2 (and TensorFlow.js) wrote into initializer configs; tf.keras 2's
 * initializers discard it when they are read ({@code Initializer.from_config}), so it is never written back.
 */
final class InitializerDtypes {
    private InitializerDtypes() {
    }

    @SuppressWarnings("unchecked")
    static void migrate(Map<String, Object> envelope) {
        LayerEntries.forEach(envelope, "", (entry, path) -> {
            Map<String, Object> config = LayerEntries.config(entry);
            if (config == null) {
                return;
            }
            for (Map.Entry<String, Object> e : config.entrySet()) {
                if (e.getKey().endsWith("initializer") && e.getValue() instanceof Map
                        && ((Map<String, Object>) e.getValue()).get("config") instanceof Map) {
                    ((Map<String, Object>) ((Map<String, Object>) e.getValue()).get("config")).remove("dtype");
                }
            }
        });
    }
}
