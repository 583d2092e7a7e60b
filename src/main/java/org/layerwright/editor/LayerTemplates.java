package org.layerwright.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layers;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.layers.LayerCatalog;

/**
 * The config a layer dropped from the palette starts with: Keras's defaults, plus a sensible value for each
 * required argument (a Dense needs {@code units}), read back through core so every argument shows in the inspector.
 */
public final class LayerTemplates {
    private static final Map<String, Map<String, Object>> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("InputLayer", Map.of("batch_input_shape", PyTuple.of(null, 784)));
        REQUIRED.put("Dense", Map.of("units", 32));
        REQUIRED.put("Activation", Map.of("activation", "relu"));
        REQUIRED.put("Embedding", Map.of("input_dim", 1000, "output_dim", 64));
        REQUIRED.put("Conv1D", Map.of("filters", 32, "kernel_size", PyTuple.of(3)));
        REQUIRED.put("Conv2D", Map.of("filters", 32, "kernel_size", PyTuple.of(3, 3)));
        REQUIRED.put("LSTM", Map.of("units", 32));
        REQUIRED.put("Reshape", Map.of("target_shape", PyTuple.of(-1)));
        REQUIRED.put("Dropout", Map.of("rate", 0.5));
    }

    private LayerTemplates() {
    }

    /** The classes the palette offers: every catalogue entry except whole models (made by grouping). */
    public static List<LayerCatalog.Entry> paletteEntries() {
        // AddLoss is what Keras inserts for add_loss(); nobody draws it, so the palette leaves it out.
        return LayerCatalog.all().stream().filter(e -> e.group() != LayerCatalog.Group.MODELS)
                .filter(e -> !"AddLoss".equals(e.className())).toList();
    }

    /** The full starting config of a new layer of this class, named {@code name}. */
    public static Map<String, Object> config(String className, String name) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", name);
        config.putAll(REQUIRED.getOrDefault(className, Map.of()));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("class_name", className);
        entry.put("config", config);
        try {
            return new LinkedHashMap<>(Layers.deserialize(entry).getConfig());
        } catch (RuntimeException noDefaults) {
            // Unknown required arguments: start from the minimal config; the node shows what is missing.
            return config;
        }
    }

    /** A new node of this class with a unique name, at a position. */
    public static LayerNode newNode(ModelDocument document, String className, double x, double y) {
        return new LayerNode(document.newId(), className, config(className, document.uniqueName(className)), x, y);
    }
}
