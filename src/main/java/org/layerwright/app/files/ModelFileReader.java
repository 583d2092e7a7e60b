package org.layerwright.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layers;
import org.layerwright.core.Model;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.editor.CanvasLayout;
import org.layerwright.editor.ModelConversion;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.ModelDocument;
import org.layerwright.io.ModelFiles;
import org.layerwright.io.ModelFormat;
import org.layerwright.io.Models;
import org.layerwright.io.hdf5.FullModelFiles;
import org.layerwright.io.hdf5.ModelFileInfo;
import org.layerwright.io.migrate.Migrations;
import org.layerwright.io.tfjs.TfjsWeights;
import org.layerwright.io.tfjs.TfjsWeightsReport;

/**
 * Reads any model file Layerwright opens into an {@link ImportPreview}, leniently: layers of unknown classes are
 * kept and reported, and a model whose weights cannot be loaded opens without them, with the reason. Call it off
 * the UI thread; it touches no JavaFX state.
 */
public final class ModelFileReader {
    private ModelFileReader() {
    }

    /** Reads the file; throws a typed Layerwright exception (with the file named) when it holds no usable model. */
    public static ImportPreview read(Path file) {
        ModelFormat format = ModelFormat.of(file);
        switch (format) {
            case WEIGHTS_H5:
                throw weightsOnly(file);
            case HDF5:
                return fromContainer(file, "HDF5 full model", ModelFileInfo.ofHdf5(file));
            case KERAS:
                return fromContainer(file, "Keras 3 archive (.keras)", ModelFileInfo.ofArchive(file));
            case YAML:
                return fromText(file, Models.parseYaml(TextFiles.read(file), file.toString()), "Keras YAML");
            case JSON:
            default:
                return fromText(file, Models.parseJson(TextFiles.read(file), file.toString()), null);
        }
    }

    @SuppressWarnings("unchecked")
    private static ImportPreview fromText(Path file, Map<String, Object> parsed, String formatName) {
        boolean tfjs = parsed.get("modelTopology") instanceof Map;
        Map<String, Object> versions = tfjs ? (Map<String, Object>) parsed.get("modelTopology") : parsed;
        String kerasVersion = text(versions.get("keras_version"));
        String backend = text(versions.get("backend"));
        String weights = "none (architecture only)";
        Object manifest = tfjs ? parsed.get("weightsManifest") : null;
        ModelDocument read = Models.documentFromMap(parsed, file.toString(), true);
        List<String> problems = new ArrayList<>(read.warnings());
        if (manifest != null) {
            TfjsWeightsReport report = TfjsWeights.load(read.model(), manifest, file, true);
            weights = report.describe();
            problems.addAll(report.warnings());
        }
        String name = formatName != null ? formatName : tfjs ? "TensorFlow.js model.json" : "Keras JSON";
        // A TensorFlow.js model opens as a new model, so its own keys are not carried to a Keras save.
        return preview(file, name, read.model(), kerasVersion, backend, weights, problems,
                tfjs ? Map.of() : read.extras(), !tfjs);
    }

    /** An HDF5 model or a .keras archive: read whole; failing that, its architecture alone, leniently. */
    private static ImportPreview fromContainer(Path file, String formatName, ModelFileInfo info) {
        if (info.modelConfigJson() == null) {
            throw weightsOnly(file);
        }
        List<String> problems = new ArrayList<>();
        Model model;
        String weights;
        try {
            model = ModelFiles.read(file);
            weights = info.hasWeights() ? "loaded" : "none in the file";
        } catch (LayerwrightException whole) {
            ModelDocument architecture = Models.documentFromMap(Models.parseJson(info.modelConfigJson(),
                    file + " (model config)"), file.toString(), true);
            model = architecture.model();
            problems.addAll(architecture.warnings());
            weights = info.hasWeights() ? "present but not loaded" : "none in the file";
            if (info.hasWeights()) {
                problems.add("Weights not loaded: " + withoutFile(whole.getMessage(), file)
                        + " The architecture is shown without them.");
            }
        }
        // An HDF5 model keeps its own entries (the layout among them) in root attributes beside model_config.
        Map<String, Object> extras = ModelFormat.of(file) == ModelFormat.HDF5
                ? DocumentExtras.fromAttributes(FullModelFiles.extraAttributes(file))
                : Migrations.extras(Models.parseJson(info.modelConfigJson(), file + " (model config)"));
        return preview(file, formatName, model, info.kerasVersion(), info.backend(), weights, problems, extras,
                true);
    }

    private static ImportPreview preview(Path file, String format, Model model, String kerasVersion, String backend,
            String weights, List<String> problems, Map<String, Object> extras, boolean savable) {
        LayerWeights values = LayerWeights.capture(model);
        if ("loaded".equals(weights) && !values.isEmpty()) {
            weights = "loaded for " + values.layerCount() + " layer" + (values.layerCount() == 1 ? "" : "s");
        }
        org.layerwright.editor.ModelDocument document;
        try {
            document = ModelConversion.fromKerasConfig(Layers.serialize(model));
        } catch (LayerwrightException e) {
            throw new InvalidModelFileException(file.toString(), null, e.getMessage(), e);
        }
        var positions = CanvasLayout.positions(extras.get(CanvasLayout.KEY));
        document = CanvasLayout.apply(document, positions);
        return new ImportPreview(file, format, model.name(), model.className(), model.layers().size(),
                paramCount(model), kerasVersion, backend, weights, problems, !positions.isEmpty(), savable, document,
                values, extras);
    }

    private static Long paramCount(Model model) {
        try {
            return model.countParams();
        } catch (LayerwrightException e) {
            // A model without an input shape has no weights yet: Keras cannot count them either.
            return null;
        }
    }

    private static InvalidModelFileException weightsOnly(Path file) {
        return new InvalidModelFileException(file.toString(), null, "this file holds weights only, not a model."
                + " Open the model's architecture first, then use File ▸ Import ▸ Weights into Current Model.", null);
    }

    private static String withoutFile(String message, Path file) {
        String prefix = file + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
