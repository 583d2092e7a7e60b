package org.layerwright.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Model;
import org.layerwright.io.migrate.KerasGeneration;

/**
 * A model read from a file together with what else the file held: the Keras generation that wrote it and the
 * document's own top-level keys (a canvas layout, notes, ...), which are written back unchanged after the
 * standard keys.
 *
 * @param model the model
 * @param generation the generation the document was written by
 * @param extras top-level keys that belong to no Keras format, in document order
 * @param warnings what a lenient read could not understand (layer classes Layerwright does not know), for the user
 */
public record ModelDocument(Model model, KerasGeneration generation, Map<String, Object> extras,
        List<String> warnings) {
    public ModelDocument {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
        warnings = List.copyOf(warnings);
    }

    /** A document read without warnings. */
    public ModelDocument(Model model, KerasGeneration generation, Map<String, Object> extras) {
        this(model, generation, extras, List.of());
    }

    /** A document holding only a model, as tf.keras 2.6 writes it. */
    public static ModelDocument of(Model model) {
        return new ModelDocument(model, KerasGeneration.TF_KERAS_2, Map.of());
    }
}
