package org.layerwright.io.migrate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * The Keras model config inside a TensorFlow.js {@code model.json}. The converter's old form nests it as
 * {@code modelTopology.model_config} (with {@code keras_version} and {@code backend} beside it); the
 * {@code layers-model} form may also put the envelope directly in {@code modelTopology}. The weights manifest,
 * format and converter keys describe the tfjs files, not the model, and are not carried over.
 */
final class TfjsTopology {
    /** Top-level keys of a tfjs model.json that belong to the tfjs container. */
    static final Set<String> CONTAINER_KEYS = Set.of("modelTopology", "weightsManifest", "format", "generatedBy",
            "convertedBy", "trainingConfig", "userDefinedMetadata", "signature", "modelInitializer");

    private TfjsTopology() {
    }

    static boolean isTfjs(Map<String, Object> document) {
        return document.get("modelTopology") instanceof Map;
    }

    /** The Keras envelope ({@code class_name}, {@code config}, {@code keras_version}, {@code backend}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> envelope(Map<String, Object> document) {
        Map<String, Object> topology = (Map<String, Object>) document.get("modelTopology");
        Object modelConfig = topology.get("model_config");
        if (modelConfig == null && topology.containsKey("class_name")) {
            return topology;
        }
        if (!(modelConfig instanceof Map)) {
            throw new InvalidConfigException("modelTopology: has neither \"model_config\" nor \"class_name\"; this"
                    + " TensorFlow.js file does not hold a Keras layers model (graph models cannot be read).");
        }
        Map<String, Object> envelope = new LinkedHashMap<>((Map<String, Object>) modelConfig);
        if (topology.get("keras_version") != null && !envelope.containsKey("keras_version")) {
            envelope.put("keras_version", topology.get("keras_version"));
        }
        if (topology.get("backend") != null && !envelope.containsKey("backend")) {
            envelope.put("backend", topology.get("backend"));
        }
        return envelope;
    }
}
