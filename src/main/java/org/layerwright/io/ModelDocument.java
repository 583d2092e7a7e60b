package org.layerwright.io;

import java.util.Collections;
import java.util.LinkedHashMap;
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
 */
public record ModelDocument(Model model, KerasGeneration generation, Map<String, Object> extras) {
    public ModelDocument {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** A document holding only a model, as tf.keras 2.6 writes it. */
    public static ModelDocument of(Model model) {
        return new ModelDocument(model, KerasGeneration.TF_KERAS_2, Map.of());
    }
}
