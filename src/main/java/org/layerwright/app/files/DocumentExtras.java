package org.layerwright.app.files;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.editor.CanvasLayout;
import org.layerwright.io.ModelFormat;
import org.layerwright.io.Models;
import org.layerwright.io.hdf5.FullModelFiles;
import org.layerwright.io.hdf5.ModelFileInfo;
import org.layerwright.io.migrate.Migrations;

/**
 * A model file's own top-level entries that belong to no Keras format (another tool's notes, Layerwright's canvas
 * layout), read when the file is opened so that saving writes them back. In JSON, YAML and a {@code .keras}
 * archive's {@code config.json} they are top-level keys; in an HDF5 model they are root attributes beside
 * {@code model_config}: the layout as JSON text, and any other scalar string attribute as it is. Call the readers
 * off the UI thread.
 */
final class DocumentExtras {
    private DocumentExtras() {
    }

    /**
     * The file's own entries, in the file's order: empty for a TensorFlow.js model.json (it opens as a new model)
     * and for weights-only files.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        switch (ModelFormat.of(file)) {
            case JSON:
                Map<String, Object> json = Models.parseJson(TextFiles.read(file), file.toString());
                return json.get("modelTopology") instanceof Map ? Map.of() : unknownKeys(json);
            case YAML:
                return unknownKeys(Models.parseYaml(TextFiles.read(file), file.toString()));
            case KERAS:
                String config = ModelFileInfo.ofArchive(file).modelConfigJson();
                return unknownKeys(Models.parseJson(config, file + " (config.json)"));
            case HDF5:
                return fromAttributes(FullModelFiles.extraAttributes(file));
            default:
                return Map.of();
        }
    }

    /** The entries of an HDF5 file's extra root attributes; a layout that is not JSON is left out. */
    private static Map<String, Object> fromAttributes(Map<String, String> attributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (!CanvasLayout.KEY.equals(name)) {
                out.put(name, value);
                return;
            }
            try {
                out.put(name, Models.parseJson(value, "the layout"));
            } catch (LayerwrightException e) {
                // A damaged layout costs only the node positions: the model opens tidied.
                System.getLogger(DocumentExtras.class.getName()).log(System.Logger.Level.WARNING,
                        "Layout attribute ignored: " + e.getMessage());
            }
        });
        return out;
    }

    private static Map<String, Object> unknownKeys(Map<String, Object> document) {
        Map<String, Object> out = new LinkedHashMap<>();
        document.forEach((key, value) -> {
            if (!Migrations.ENVELOPE_KEYS.contains(key)) {
                out.put(key, value);
            }
        });
        return out;
    }

    /**
     * The entries an HDF5 root attribute can carry as a string: the layout as JSON text, string values as they
     * are. Other values (numbers, lists, maps from a JSON document saved as HDF5) are left out: they would come
     * back as text, not as what they were.
     */
    static Map<String, String> asAttributes(Map<String, Object> extras) {
        Map<String, String> out = new LinkedHashMap<>();
        extras.forEach((key, value) -> {
            if (CanvasLayout.KEY.equals(key) && value instanceof Map) {
                out.put(key, PythonJson.dumps(value));
            } else if (value instanceof String text) {
                out.put(key, text);
            }
        });
        return out;
    }

    /**
     * The preview with the layout found among the file's entries applied, when the reader found none (an HDF5
     * model keeps it outside {@code model_config}); the preview itself otherwise.
     */
    static ImportPreview withLayout(ImportPreview preview, Map<String, Object> extras) {
        var positions = CanvasLayout.positions(extras.get(CanvasLayout.KEY));
        if (preview.hasLayout() || positions.isEmpty()) {
            return preview;
        }
        return new ImportPreview(preview.source(), preview.format(), preview.modelName(), preview.className(),
                preview.layerCount(), preview.paramCount(), preview.kerasVersion(), preview.backend(),
                preview.weights(), preview.problems(), true, preview.savable(),
                CanvasLayout.apply(preview.document(), positions), preview.values());
    }
}
