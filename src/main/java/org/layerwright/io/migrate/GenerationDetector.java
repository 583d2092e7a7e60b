package org.layerwright.io.migrate;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which Keras generation wrote a model envelope: from {@code keras_version} where there is one, and from the
 * shape of the config (Keras 3's node dicts, Keras 2.13's {@code module} keys, Keras 1's argument names) where
 * the version is missing or ambiguous.
 */
public final class GenerationDetector {
    /** Multi-backend Keras: 2.0.0-2.3.x without tf.keras's {@code -tf} suffix. */
    private static final Pattern MULTI_BACKEND = Pattern.compile("2\\.[0-3]\\.\\d+");
    private static final List<String> KERAS_1_KEYS = List.of("output_dim", "nb_filter", "border_mode",
            "dim_ordering", "W_regularizer", "inner_init", "input_dtype", "init", "pool_length");
    private static final List<String> KERAS_1_CLASSES = List.of("Convolution1D", "Convolution2D", "Convolution3D",
            "AtrousConvolution2D", "SeparableConvolution2D", "Deconvolution2D", "Merge");

    private GenerationDetector() {
    }

    /** The generation of a {@code {"class_name", "config", "keras_version"?, ...}} envelope. */
    public static KerasGeneration detect(Map<String, Object> envelope) {
        Object versionValue = envelope.get("keras_version");
        String version = versionValue instanceof String ? (String) versionValue : "";
        Markers markers = new Markers();
        if (envelope.containsKey("module") || envelope.containsKey("registered_name")) {
            markers.module = true;
        }
        LayerEntries.forEach(envelope, "", (entry, path) -> markers.see(entry));
        if (version.startsWith("3.") || markers.keras3) {
            return KerasGeneration.KERAS_3;
        }
        if (markers.module) {
            return KerasGeneration.KERAS_2_13;
        }
        if (version.startsWith("1.") || (version.isEmpty() && markers.keras1)) {
            return KerasGeneration.KERAS_1;
        }
        if (MULTI_BACKEND.matcher(version).matches()) {
            return KerasGeneration.KERAS_2_MULTI_BACKEND;
        }
        return KerasGeneration.TF_KERAS_2;
    }

    /** What the layer entries show about their generation. */
    private static final class Markers {
        boolean keras3;
        boolean module;
        boolean keras1;

        @SuppressWarnings("unchecked")
        void see(Map<String, Object> entry) {
            module |= entry.containsKey("module") || entry.containsKey("registered_name");
            keras1 |= KERAS_1_CLASSES.contains(entry.get("class_name"));
            Map<String, Object> config = LayerEntries.config(entry);
            if (config != null) {
                Object dtype = config.get("dtype");
                keras3 |= dtype instanceof Map && String.valueOf(((Map<String, Object>) dtype).get("class_name"))
                        .endsWith("DTypePolicy");
                keras3 |= "InputLayer".equals(entry.get("class_name")) && config.containsKey("batch_shape");
                for (String key : KERAS_1_KEYS) {
                    keras1 |= config.containsKey(key) && !("Embedding".equals(entry.get("class_name"))
                            && key.equals("output_dim"));
                }
            }
            Object nodes = entry.get("inbound_nodes");
            if (nodes instanceof List) {
                for (Object node : (List<Object>) nodes) {
                    keras3 |= node instanceof Map;
                    if (node instanceof List) {
                        for (Object tensor : (List<Object>) node) {
                            keras1 |= tensor instanceof List && ((List<?>) tensor).size() == 3;
                        }
                    }
                }
            }
        }
    }
}
