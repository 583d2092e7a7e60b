package org.layerwright.app.files;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.editor.CanvasLayout;
import org.layerwright.io.Models;

/**
 * A model file's own top-level entries that belong to no Keras format (another tool's notes, Layerwright's canvas
 * layout), read when the file is opened so that saving writes them back. In JSON, YAML and a {@code .keras}
 * archive's {@code config.json} they are top-level keys; in an HDF5 model they are root attributes beside
 * {@code model_config}: the layout as JSON text, and any other scalar string attribute as it is. This class
 * converts between those entries and an HDF5 file's attributes.
 */
final class DocumentExtras {
    private DocumentExtras() {
    }

    /** The entries of an HDF5 file's extra root attributes; a layout that is not JSON is left out. */
    static Map<String, Object> fromAttributes(Map<String, String> attributes) {
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
}
