package org.layerwright.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.core.Model;
import org.layerwright.core.config.PyYaml;
import org.layerwright.core.config.PythonJson;
import org.layerwright.io.migrate.KerasGeneration;

/**
 * Writes a model's config as a chosen Keras generation writes it: tf.keras 2.6 ({@code to_json()}, the default),
 * Keras 2.13-2.15, or Keras 3; and as YAML ({@code to_yaml()} of Keras ≤ 2.5). A document's own top-level keys
 * follow the standard ones.
 *
 * <pre>{@code
 * String json = ConfigWriter.toJson(model, KerasGeneration.KERAS_3);
 * }</pre>
 */
public final class ConfigWriter {
    private ConfigWriter() {
    }

    /** The JSON a generation's {@code to_json()} writes for the model. */
    public static String toJson(Model model, KerasGeneration generation) {
        return toJson(model, generation, Map.of());
    }

    /** A document's JSON: the model as the generation writes it, then the document's own keys. */
    public static String toJson(ModelDocument document, KerasGeneration generation) {
        return toJson(document.model(), generation, document.extras());
    }

    /** The model as the generation writes it, followed by {@code extras} (keys the envelope already has are not repeated). */
    public static String toJson(Model model, KerasGeneration generation, Map<String, Object> extras) {
        return PythonJson.dumps(withExtras(envelope(model, generation), extras));
    }

    /** A document's YAML, as Keras's {@code to_yaml()} wrote it (PyYAML sorts the document's keys in with the rest). */
    public static String toYaml(ModelDocument document) {
        return PyYaml.dump(withExtras(document.model().updatedConfig(), document.extras()));
    }

    /** The envelope a generation writes: tf.keras 2.6's four keys, Keras 2.15's, or Keras 3's model object. */
    public static Map<String, Object> envelope(Model model, KerasGeneration generation) {
        switch (generation) {
            case TF_KERAS_2:
                return model.updatedConfig();
            case KERAS_2_13:
                return Keras215Format.envelope(model);
            case KERAS_3:
                return Keras3Format.envelope(model);
            default:
                throw new IllegalArgumentException("Layerwright reads " + generation.title() + " configs but does not"
                        + " write them. Choose tf.keras 2.6, Keras 2.15 or Keras 3.");
        }
    }

    private static Map<String, Object> withExtras(Map<String, Object> envelope, Map<String, Object> extras) {
        if (extras.isEmpty()) {
            return envelope;
        }
        Map<String, Object> out = new LinkedHashMap<>(envelope);
        for (Map.Entry<String, Object> e : extras.entrySet()) {
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        return out;
    }
}
