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
        for (String conv : List.of("Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose",
                "SeparableConv1D", "SeparableConv2D", "ConvLSTM2D")) {
            REQUIRED.put(conv, Map.of("filters", 32, "kernel_size", 3));
        }
        REQUIRED.put("DepthwiseConv1D", Map.of("kernel_size", 3));
        REQUIRED.put("DepthwiseConv2D", Map.of("kernel_size", 3));
        REQUIRED.put("Permute", Map.of("dims", PyTuple.of(2, 1)));
        REQUIRED.put("RepeatVector", Map.of("n", 4));
        REQUIRED.put("Rescaling", Map.of("scale", 1.0 / 255));
        REQUIRED.put("GaussianNoise", Map.of("stddev", 0.1));
        REQUIRED.put("GaussianDropout", Map.of("rate", 0.1));
        REQUIRED.put("AlphaDropout", Map.of("rate", 0.1));
        REQUIRED.put("SimpleRNN", Map.of("units", 32));
        REQUIRED.put("GRU", Map.of("units", 32));
        REQUIRED.put("MultiHeadAttention", Map.of("num_heads", 2, "key_dim", 16));
        REQUIRED.put("Dot", Map.of("axes", -1));
        // A wrapper starts around the layer it is most often used with.
        REQUIRED.put("Bidirectional", Map.of("layer", wrapped("LSTM", Map.of("units", 32))));
        REQUIRED.put("TimeDistributed", Map.of("layer", wrapped("Dense", Map.of("units", 32))));
    }

    private LayerTemplates() {
    }

    private static Map<String, Object> wrapped(String className, Map<String, Object> arguments) {
        Map<String, Object> config = new LinkedHashMap<>(arguments);
        config.put("name", className.toLowerCase(java.util.Locale.ROOT));
        return Map.of("class_name", className, "config", config);
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
