package org.layerwright.app.files;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.editor.ModelDocument;

/**
 * What was read from a model file, shown before the canvas is replaced, with the document ready to show.
 *
 * @param source       the file
 * @param format       the kind of file ("Keras JSON", "HDF5 full model", ...)
 * @param modelName    the model's name
 * @param className    the model's class ({@code Sequential}, {@code Functional}, {@code Model})
 * @param layerCount   the number of layers (Keras's {@code len(model.layers)})
 * @param paramCount   the parameter count, or null when it cannot be known (no input shape)
 * @param kerasVersion the {@code keras_version} found in the file, or null
 * @param backend      the {@code backend} found in the file, or null
 * @param weights      what the file holds of weights, in words ("none", "loaded for 8 layers", ...)
 * @param problems     what could not be read, each with its reason
 * @param hasLayout    true when the file carries a Layerwright canvas layout (it was saved by Layerwright)
 * @param savable      true when saving may write back to this file in its own format (not a tfjs model.json)
 * @param document     the document to show
 * @param values       the weight values read, to keep with the document
 * @param extras       the file's own top-level entries (other tools' keys, the layout), which saving writes back
 */
public record ImportPreview(Path source, String format, String modelName, String className, int layerCount,
        Long paramCount, String kerasVersion, String backend, String weights, List<String> problems,
        boolean hasLayout, boolean savable, ModelDocument document, LayerWeights values,
        Map<String, Object> extras) {
    public ImportPreview {
        problems = List.copyOf(problems);
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** True when the user should see what was read before it replaces the canvas. */
    public boolean needsConfirmation() {
        return !hasLayout || !problems.isEmpty();
    }
}
