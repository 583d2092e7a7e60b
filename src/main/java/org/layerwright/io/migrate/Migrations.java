package org.layerwright.io.migrate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * Brings a model document of any Keras generation (Keras 1, multi-backend Keras 2, tf.keras 2, Keras 2.13+,
 * Keras 3, or a TensorFlow.js model.json around any of them) to the tf.keras 2.6 config that the core reads.
 * Top-level keys that belong to no Keras format are kept apart, so they can be written back.
 *
 * <pre>{@code
 * Migrations.Result result = Migrations.normalize(parsedJson);
 * Model model = (Model) Layers.deserialize(result.envelope());
 * }</pre>
 */
public final class Migrations {
    /** Top-level keys of a Keras envelope, in every generation. */
    public static final Set<String> ENVELOPE_KEYS = Set.of("class_name", "config", "keras_version", "backend",
            "module", "registered_name", "build_config", "compile_config");

    private Migrations() {
    }

    /**
     * A normalized document.
     *
     * @param envelope the tf.keras 2 envelope ({@code class_name}, {@code config}, and the version keys found)
     * @param generation the generation that wrote the document
     * @param tfjs true when the document was a TensorFlow.js model.json
     * @param extras the document's own top-level keys, in their order
     */
    public record Result(Map<String, Object> envelope, KerasGeneration generation, boolean tfjs,
            Map<String, Object> extras) {
    }

    /** A document's own top-level keys, in their order: those that are not Keras's (or TensorFlow.js's) own. */
    public static Map<String, Object> extras(Map<String, Object> document) {
        Set<String> known = TfjsTopology.isTfjs(document) ? TfjsTopology.CONTAINER_KEYS : ENVELOPE_KEYS;
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : document.entrySet()) {
            if (!known.contains(e.getKey())) {
                extras.put(e.getKey(), e.getValue());
            }
        }
        return extras;
    }

    /** Normalizes a parsed document in place (its maps are changed) and returns the tf.keras 2 envelope. */
    public static Result normalize(Map<String, Object> document) {
        boolean tfjs = TfjsTopology.isTfjs(document);
        Map<String, Object> extras = extras(document);
        Map<String, Object> envelope = tfjs ? TfjsTopology.envelope(document) : document;
        if (!(envelope.get("class_name") instanceof String) || !envelope.containsKey("config")) {
            throw new InvalidConfigException("This is not a Keras model: the top level has no \"class_name\" and"
                    + " \"config\" (found keys " + envelope.keySet() + "). Expected the output of model.to_json()"
                    + " or a TensorFlow.js model.json.");
        }
        KerasGeneration generation = GenerationDetector.detect(envelope);
        Map<String, Object> migrated = envelope;
        switch (generation) {
            case KERAS_1:
                migrated = Keras1Migration.migrate(envelope);
                break;
            case KERAS_2_MULTI_BACKEND:
                migrated = MultiBackendMigration.migrate(envelope);
                break;
            case KERAS_2_13:
                Keras213Serialization.strip(envelope);
                break;
            case KERAS_3:
                migrated = Keras3Migration.migrate(envelope);
                break;
            default:
                break;
        }
        NestedObjects.migrate(migrated);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("class_name", migrated.get("class_name"));
        result.put("config", migrated.get("config"));
        for (String key : new String[] {"keras_version", "backend"}) {
            if (envelope.containsKey(key)) {
                result.put(key, envelope.get(key));
            }
        }
        return new Result(result, generation, tfjs, extras);
    }
}
