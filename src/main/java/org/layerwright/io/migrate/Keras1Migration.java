package org.layerwright.io.migrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Keras 1.x model config in tf.keras 2 form: layer arguments renamed ({@link Keras1Layers}), Merge layers
 * replaced ({@link Keras1Merge}), the first layer's {@code input_dim}/{@code input_length} turned into the
 * {@code batch_input_shape} Keras 1 derived from them, and 3-element inbound node entries given their empty
 * kwargs.
 */
final class Keras1Migration {
    private static final List<String> RECURRENT = List.of("LSTM", "GRU", "SimpleRNN");

    private Keras1Migration() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> migrate(Map<String, Object> envelope) {
        if ("Sequential".equals(envelope.get("class_name"))) {
            firstLayerInputShape(envelope.get("config"));
        }
        LayerEntries.forEach(envelope, "", (entry, path) -> {
            if ("Sequential".equals(entry.get("class_name"))) {
                firstLayerInputShape(entry.get("config"));
            }
            Keras1Layers.migrate(entry, LayerEntries.describe(entry, path));
        });
        Map<String, Object> result = envelope;
        if ("Sequential".equals(envelope.get("class_name")) && Keras1Merge.startsWithBranches(envelope.get("config"))) {
            result = Keras1Merge.branchesToFunctional((List<Object>) envelope.get("config"), "config[0] (Merge)");
        }
        LayerEntries.forEach(result, "", (entry, path) -> {
            Keras1Merge.migrate(entry, LayerEntries.describe(entry, path));
            completeInboundNodes(entry);
        });
        return result;
    }

    /** Keras 1 gave the first layer an input shape through input_dim (and input_length for sequences). */
    @SuppressWarnings("unchecked")
    private static void firstLayerInputShape(Object sequentialConfig) {
        Object layers = sequentialConfig instanceof Map ? ((Map<String, Object>) sequentialConfig).get("layers")
                : sequentialConfig;
        if (!(layers instanceof List) || ((List<Object>) layers).isEmpty()
                || !(((List<Object>) layers).get(0) instanceof Map)) {
            return;
        }
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) layers).get(0);
        Map<String, Object> config = LayerEntries.config(first);
        if (config == null || config.get("batch_input_shape") != null) {
            return;
        }
        Object className = first.get("class_name");
        Object inputDim = config.get("input_dim");
        Object inputLength = config.get("input_length");
        List<Object> shape = null;
        if ("Embedding".equals(className)) {
            shape = Arrays.asList(null, inputLength);
        } else if (inputDim != null && (RECURRENT.contains(className) || "Convolution1D".equals(className))) {
            shape = Arrays.asList(null, inputLength, inputDim);
        } else if (inputDim != null) {
            shape = Arrays.asList(null, inputDim);
        }
        if (shape != null) {
            config.put("batch_input_shape", new ArrayList<>(shape));
        }
    }

    /** {@code ["dense_1", 0, 0]} → {@code ["dense_1", 0, 0, {}]}. */
    @SuppressWarnings("unchecked")
    private static void completeInboundNodes(Map<String, Object> entry) {
        Object nodes = entry.get("inbound_nodes");
        if (!(nodes instanceof List)) {
            return;
        }
        for (Object node : (List<Object>) nodes) {
            if (!(node instanceof List)) {
                continue;
            }
            List<Object> tensors = (List<Object>) node;
            for (int i = 0; i < tensors.size(); i++) {
                if (tensors.get(i) instanceof List && ((List<Object>) tensors.get(i)).size() == 3) {
                    List<Object> full = new ArrayList<>((List<Object>) tensors.get(i));
                    full.add(new LinkedHashMap<>());
                    tensors.set(i, full);
                }
            }
        }
    }
}
