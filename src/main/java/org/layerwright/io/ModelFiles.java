package org.layerwright.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Model;
import org.layerwright.io.hdf5.AtomicFiles;
import org.layerwright.io.hdf5.FullModelFiles;
import org.layerwright.io.hdf5.KerasArchive;
import org.layerwright.io.hdf5.Weights;
import org.layerwright.io.migrate.KerasGeneration;
import org.layerwright.io.tfjs.TfjsModelWriter;
import org.layerwright.io.tfjs.TfjsWeights;
import org.layerwright.io.tfjs.TfjsWeightsReport;

/**
 * Opens and saves model files by their extension ({@link ModelFormat}): Keras JSON and YAML, full HDF5 models,
 * weights-only files (write only), the Keras 3 archive, and TensorFlow.js Layers models (read with the weights of
 * the shards beside them; written by {@link #writeTfjs}). Every error names the file and says what is wrong.
 * Saving writes a temporary file next to the target and renames it into place, so a failed save never leaves a
 * half-written model.
 *
 * <pre>{@code
 * ModelDocument doc = ModelFiles.readDocument(Path.of("model.yaml"));
 * ModelFiles.write(Path.of("model.json"), doc, KerasGeneration.TF_KERAS_2);
 * ModelFiles.write(doc.model(), Path.of("model.h5"));
 * ModelFiles.writeTfjs(doc.model(), Path.of("web/model.json"));
 * }</pre>
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** The model in a file, with its weights when the file has them. */
    public static Model read(Path file) {
        return readDocument(file).model();
    }

    /** The model in a file, with its generation and the document's own top-level keys. */
    public static ModelDocument readDocument(Path file) {
        return readDocument(file, false);
    }

    /**
     * The model in a file; when {@code lenient}, layers of classes Layerwright does not know are kept as unknown
     * layers and named in the document's warnings instead of stopping the read (for summaries and the window).
     */
    public static ModelDocument readDocument(Path file, boolean lenient) {
        switch (ModelFormat.of(file)) {
            case YAML:
                return Models.readYamlDocument(file, lenient);
            case HDF5:
                return ModelDocument.of(FullModelFiles.load(file));
            case KERAS:
                return ModelDocument.of(KerasArchive.read(file));
            case WEIGHTS_H5:
                throw new InvalidModelFileException(file + ": this file holds weights only, not a model. Open the"
                        + " model (.json, .h5 or .keras) and load these weights into it.");
            case JSON:
            default:
                return readJson(file, lenient);
        }
    }

    /**
     * A Keras JSON file, or a TensorFlow.js model.json with the weights its manifest lists (read from the shard
     * files next to it; see {@link TfjsWeights#load}).
     */
    private static ModelDocument readJson(Path file, boolean lenient) {
        Map<String, Object> parsed = Models.parseJson(Models.readText(file), file.toString());
        boolean tfjs = parsed.get("modelTopology") instanceof Map;
        Object manifest = parsed.get("weightsManifest");
        ModelDocument document = Models.documentFromMap(parsed, file.toString(), lenient);
        if (!tfjs || manifest == null) {
            return document;
        }
        TfjsWeightsReport report = TfjsWeights.load(document.model(), manifest, file, lenient);
        if (report.warnings().isEmpty()) {
            return document;
        }
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(report.warnings());
        return new ModelDocument(document.model(), document.generation(), document.extras(), warnings);
    }

    /**
     * Saves a document in the format of the file's extension. JSON is written as {@code generation} writes it;
     * YAML only exists in the tf.keras 2 form; HDF5 and {@code .keras} files hold the model's weights too (made
     * freshly initialised when the model has none yet). A {@code .json} is always Keras JSON, whatever its name
     * (Keras tutorials save {@code to_json()} as {@code model.json} too); {@link #writeTfjs} writes TensorFlow.js.
     */
    public static void write(Path file, ModelDocument document, KerasGeneration generation) {
        ModelFormat format = ModelFormat.of(file);
        switch (format) {
            case YAML:
                if (generation != KerasGeneration.TF_KERAS_2) {
                    throw new InvalidModelFileException(file.toString(), null, "YAML model files only exist in the"
                            + " Keras 2 form (to_yaml() was removed in Keras 2.6). Write JSON for "
                            + generation.title() + ".", null);
                }
                writeText(file, ConfigWriter.toYaml(document));
                return;
            case JSON:
                writeText(file, ConfigWriter.toJson(document, generation));
                return;
            default:
                write(document.model(), file, null);
        }
    }

    /**
     * Writes a TensorFlow.js Layers model, as {@code tensorflowjs_converter --input_format keras} does: {@code modelJson}
     * with the document's topology and weights manifest, and the weights (freshly initialised when the model has none
     * yet) in {@code group1-shard*.bin} files beside it.
     */
    public static void writeTfjs(Path modelJson, ModelDocument document, KerasGeneration generation) {
        TfjsModelWriter.write(modelJson, document.model(), generation, document.extras());
    }

    /** As {@link #writeTfjs(Path, ModelDocument, KerasGeneration)}, for a model in tf.keras 2.6's JSON. */
    public static void writeTfjs(Model model, Path modelJson) {
        TfjsModelWriter.write(modelJson, model, KerasGeneration.TF_KERAS_2, Map.of());
    }

    /**
     * Writes a model in the format its extension names: {@code .json} (architecture, tf.keras 2.6), {@code .yaml},
     * {@code .h5}/{@code .hdf5} (Keras 2's {@code model.save}), {@code .weights.h5} (weights only, in the Keras 3
     * layout Keras reads from that name), {@code .keras} (the Keras 3 archive). Keras 2's weights-only layout:
     * {@link Weights#save}.
     */
    public static void write(Model model, Path file) {
        write(model, file, null);
    }

    /** As {@link #write(Model, Path)}; a full HDF5 model also stores {@code trainingConfigJson} when not null. */
    public static void write(Model model, Path file, String trainingConfigJson) {
        switch (ModelFormat.of(file)) {
            case JSON:
                writeText(file, model.toJson());
                return;
            case YAML:
                writeText(file, model.toYaml());
                return;
            case WEIGHTS_H5:
                Weights.saveKeras3(model, file);
                return;
            case HDF5:
                FullModelFiles.save(model, file, trainingConfigJson);
                return;
            case KERAS:
            default:
                KerasArchive.write(model, file);
        }
    }

    /** Writes text to a temporary file in the target's directory, then renames it over the target. */
    static void writeText(Path file, String text) {
        AtomicFiles.write(file, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }
}
