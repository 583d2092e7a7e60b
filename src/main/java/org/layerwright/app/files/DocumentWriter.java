package org.layerwright.app.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.config.PyYaml;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.editor.CanvasLayout;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;
import org.layerwright.io.ConfigWriter;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.ModelFiles;
import org.layerwright.io.ModelFormat;
import org.layerwright.io.hdf5.AtomicFiles;
import org.layerwright.io.hdf5.KerasArchive;
import org.layerwright.io.migrate.KerasGeneration;

/**
 * Saves the document as a Keras file, always through a temporary file renamed into place. JSON and YAML are
 * what tf.keras 2.6's {@code to_json()}/{@code to_yaml()} write, plus the canvas layout under
 * {@link CanvasLayout#KEY} (Keras's {@code model_from_json} reads only {@code class_name} and {@code config});
 * HDF5 and {@code .keras} files hold the model with its weights (those read with the document where the shapes
 * still fit, fresh ones elsewhere), and a {@code .keras} archive keeps the layout in its {@code config.json}.
 */
public final class DocumentWriter {
    private DocumentWriter() {
    }

    /**
     * Writes the document; returns a note for the status bar. A drawing with a problem is still saved as JSON or
     * YAML (Keras will refuse it until the problem is fixed, and the note says so); HDF5 and .keras need a model
     * that builds.
     */
    public static String write(Path target, ModelDocument document, LayerWeights values) {
        ModelFormat format = ModelFormat.of(target);
        Map<String, Object> extras = Map.of(CanvasLayout.KEY, CanvasLayout.toExtra(document));
        Model model = null;
        String problem = null;
        try {
            model = ModelConversion.toModel(document);
        } catch (LayerwrightException e) {
            problem = e.getMessage();
        }
        String saved = "Saved " + target.getFileName();
        switch (format) {
            case JSON:
                writeText(target, model != null ? ConfigWriter.toJson(model, KerasGeneration.TF_KERAS_2, extras)
                        : PythonJson.dumps(envelope(document, extras)));
                return model != null ? saved : saved + " with a problem Keras will refuse until it is fixed: "
                        + problem;
            case YAML:
                writeText(target, model != null ? ConfigWriter.toYaml(new org.layerwright.io.ModelDocument(model,
                        KerasGeneration.TF_KERAS_2, extras)) : PyYaml.dump(envelope(document, extras)));
                return model != null ? saved : saved + " with a problem Keras will refuse until it is fixed: "
                        + problem;
            case WEIGHTS_H5:
                throw new InvalidModelFileException(target.toString(), null, "a .weights.h5 file holds weights"
                        + " only, so the model could not be opened from it again. Save the model as .json, .h5 or"
                        + " .keras.", null);
            default:
                if (model == null) {
                    throw new InvalidModelFileException(target.toString(), null, "cannot be saved as "
                            + describe(format) + " while the model has a problem: " + problem + " Fix it, or save as"
                            + " .json, which keeps the drawing as it is.", null);
                }
                List<String> applied = values.applyTo(model);
                if (format == ModelFormat.KERAS) {
                    KerasArchive.write(model, target, extras);
                } else {
                    ModelFiles.write(model, target);
                }
                int fresh = model.weightOwners().size() - applied.size();
                return saved + " with weights (" + applied.size() + " layer" + (applied.size() == 1 ? "" : "s")
                        + " from the file" + (fresh > 0 ? ", " + fresh + " freshly initialised" : "") + ")";
        }
    }

    /** The Keras JSON text of the document with its layout (for autosave), whether or not the model builds. */
    public static String json(ModelDocument document, Map<String, Object> layerwrightExtra) {
        Map<String, Object> extras = Map.of(CanvasLayout.KEY, layerwrightExtra);
        try {
            return ConfigWriter.toJson(ModelConversion.toModel(document), KerasGeneration.TF_KERAS_2, extras);
        } catch (LayerwrightException e) {
            return PythonJson.dumps(envelope(document, extras));
        }
    }

    /** The envelope as tf.keras 2.6 lays it out, built straight from the drawing (no core model needed). */
    private static Map<String, Object> envelope(ModelDocument document, Map<String, Object> extras) {
        Map<String, Object> envelope = new LinkedHashMap<>(ModelConversion.toKerasConfig(document));
        envelope.put("keras_version", Keras.VERSION);
        envelope.put("backend", Keras.BACKEND);
        envelope.putAll(extras);
        return envelope;
    }

    private static String describe(ModelFormat format) {
        return format == ModelFormat.HDF5 ? "an HDF5 model" : "a .keras archive";
    }

    private static void writeText(Path target, String text) {
        AtomicFiles.write(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }
}
