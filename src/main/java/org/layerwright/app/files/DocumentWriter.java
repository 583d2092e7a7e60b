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
import org.layerwright.io.ModelFormat;
import org.layerwright.io.hdf5.AtomicFiles;
import org.layerwright.io.hdf5.FullModelFiles;
import org.layerwright.io.hdf5.KerasArchive;
import org.layerwright.io.migrate.KerasGeneration;

/**
 * Saves the document as a Keras file, always through a temporary file renamed into place. JSON and YAML are
 * what tf.keras 2.6's {@code to_json()}/{@code to_yaml()} write, plus the canvas layout under
 * {@link CanvasLayout#KEY} (Keras's {@code model_from_json} reads only {@code class_name} and {@code config});
 * HDF5 and {@code .keras} files hold the model with its weights (those read with the document where the shapes
 * still fit, fresh ones elsewhere), a {@code .keras} archive keeps the layout in its {@code config.json} and an
 * HDF5 file in a root attribute named {@link CanvasLayout#KEY} beside {@code model_config}. The top-level keys
 * of the file the document was opened from that belong to no Keras format are written back after Keras's own.
 *
 * <p>A save is split in two: {@link #snapshot} takes everything from the document on the UI thread, and
 * {@link #write(Path, Snapshot)} writes it anywhere, while the document goes on changing.
 */
public final class DocumentWriter {
    private DocumentWriter() {
    }

    /**
     * What a save writes, taken from the document at one moment and shared with nothing that changes.
     *
     * @param model   the model built from the drawing, or null when the drawing has a problem
     * @param problem why the drawing does not build, or null
     * @param drawing the Keras envelope made straight from the drawing (written as JSON or YAML when it does not
     *                build)
     * @param extras  the document's own top-level keys: those of the file it came from, then the layout
     * @param values  the weight values to write into HDF5 and {@code .keras} files
     */
    public record Snapshot(Model model, String problem, Map<String, Object> drawing, Map<String, Object> extras,
            LayerWeights values) {
    }

    /**
     * Takes what a save needs from the document (on the UI thread): {@code fileExtras} are the unknown top-level
     * keys of the file it was opened from; the layout replaces any {@link CanvasLayout#KEY} entry among them.
     */
    public static Snapshot snapshot(ModelDocument document, LayerWeights values, Map<String, Object> fileExtras) {
        Map<String, Object> extras = new LinkedHashMap<>(fileExtras);
        extras.put(CanvasLayout.KEY, CanvasLayout.toExtra(document));
        Model model = null;
        String problem = null;
        try {
            model = ModelConversion.toModel(document);
        } catch (LayerwrightException e) {
            problem = e.getMessage();
        }
        return new Snapshot(model, problem, model == null ? ModelConversion.toKerasConfig(document) : null, extras,
                values);
    }

    /** Takes a snapshot of the document and writes it at once (see {@link #write(Path, Snapshot)}). */
    public static String write(Path target, ModelDocument document, LayerWeights values) {
        return write(target, snapshot(document, values, Map.of()));
    }

    /**
     * Writes a snapshot; returns a note for the status bar. A drawing with a problem is still saved as JSON or
     * YAML (Keras will refuse it until the problem is fixed, and the note says so); HDF5 and .keras need a model
     * that builds.
     */
    public static String write(Path target, Snapshot snapshot) {
        ModelFormat format = ModelFormat.of(target);
        Model model = snapshot.model();
        Map<String, Object> extras = snapshot.extras();
        String saved = "Saved " + target.getFileName();
        String withProblem = saved + " with a problem Keras will refuse until it is fixed: " + snapshot.problem();
        switch (format) {
            case JSON:
                writeText(target, model != null ? ConfigWriter.toJson(model, KerasGeneration.TF_KERAS_2, extras)
                        : PythonJson.dumps(envelope(snapshot.drawing(), extras)));
                return model != null ? saved : withProblem;
            case YAML:
                writeText(target, model != null ? ConfigWriter.toYaml(new org.layerwright.io.ModelDocument(model,
                        KerasGeneration.TF_KERAS_2, extras)) : PyYaml.dump(envelope(snapshot.drawing(), extras)));
                return model != null ? saved : withProblem;
            case WEIGHTS_H5:
                throw new InvalidModelFileException(target.toString(), null, "a .weights.h5 file holds weights"
                        + " only, so the model could not be opened from it again. Save the model as .json, .h5 or"
                        + " .keras.", null);
            default:
                if (model == null) {
                    throw new InvalidModelFileException(target.toString(), null, "cannot be saved as "
                            + describe(format) + " while the model has a problem: " + snapshot.problem() + " Fix it,"
                            + " or save as .json, which keeps the drawing as it is.", null);
                }
                List<String> applied = snapshot.values().applyTo(model);
                if (format == ModelFormat.KERAS) {
                    KerasArchive.write(model, target, extras);
                } else {
                    FullModelFiles.save(model, target, null, DocumentExtras.asAttributes(extras));
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
            return PythonJson.dumps(envelope(ModelConversion.toKerasConfig(document), extras));
        }
    }

    /** The envelope as tf.keras 2.6 lays it out, built straight from the drawing (no core model needed). */
    private static Map<String, Object> envelope(Map<String, Object> drawing, Map<String, Object> extras) {
        Map<String, Object> envelope = new LinkedHashMap<>(drawing);
        envelope.put("keras_version", Keras.VERSION);
        envelope.put("backend", Keras.BACKEND);
        // As ConfigWriter does: a document's own key never replaces one of Keras's.
        extras.forEach(envelope::putIfAbsent);
        return envelope;
    }

    private static String describe(ModelFormat format) {
        return format == ModelFormat.HDF5 ? "an HDF5 model" : "a .keras archive";
    }

    private static void writeText(Path target, String text) {
        AtomicFiles.write(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }
}
