package org.layerwright.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Node;

/**
 * A model's config as Keras 3 writes it: the envelope is the model's own serialized object
 * ({@code module}, {@code class_name}, {@code config}, {@code registered_name}; no keras_version), layer dtypes are
 * {@code DTypePolicy} objects, the InputLayer has {@code batch_shape}, inbound nodes are
 * {@code {"args": [...], "kwargs": {...}}} with {@code __keras_tensor__} entries, and a single model input or
 * output is written as an un-nested triple. Layer-specific keys are tf.keras 2.6's.
 */
final class Keras3Format extends LaterFormat {
    private Keras3Format() {
    }

    static Map<String, Object> envelope(Model model) {
        Map<String, Object> config = modelConfig(model, Keras215Format.asMap(model.getConfig()));
        boolean sequential = model.className().equals("Sequential");
        return entryHead(sequential ? "keras" : "keras.src.models.functional", model.className(), config,
                sequential ? null : model.className(), null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> modelConfig(Model model, Map<String, Object> config) {
        Map<String, Layer> byName = layersByName(model);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", config.get("name"));
        out.put("trainable", model.trainable());
        if (model.className().equals("Sequential")) {
            out.put("dtype", policy("float32"));
        }
        List<Object> layers = new ArrayList<>();
        for (Object item : (List<Object>) config.get("layers")) {
            layers.add(entry(model, byName, (Map<String, Object>) item));
        }
        out.put("layers", layers);
        for (String key : new String[] {"input_layers", "output_layers"}) {
            if (config.containsKey(key)) {
                List<Object> triples = (List<Object>) config.get(key);
                out.put(key, triples.size() == 1 ? triples.get(0) : triples);
            }
        }
        if (config.containsKey("build_input_shape")) {
            out.put("build_input_shape", config.get("build_input_shape"));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Model model, Map<String, Layer> byName, Map<String, Object> entry) {
        String className = (String) entry.get("class_name");
        Map<String, Object> config = Keras215Format.asMap(entry.get("config"));
        String name = String.valueOf(entry.containsKey("name") ? entry.get("name") : config.get("name"));
        Layer layer = byName.get(name);
        String module = "keras.layers";
        Object registeredName = null;
        if (layer instanceof Model) {
            config = modelConfig((Model) layer, config);
            boolean sequential = className.equals("Sequential");
            module = sequential ? "keras" : "keras.src.models.functional";
            registeredName = sequential ? null : className;
        } else if (className.equals("InputLayer")) {
            config = inputLayerConfig(config);
        } else {
            config = layerConfig(config);
        }
        Map<String, Object> out = entryHead(module, className, config, registeredName,
                layer == null ? null : buildConfig(model, layer));
        if (entry.containsKey("name")) {
            out.put("name", entry.get("name"));
        }
        if (entry.containsKey("inbound_nodes")) {
            List<Node> nodes = layer == null ? List.of() : modelNodes(model, layer);
            List<Object> converted = new ArrayList<>();
            List<Object> written = (List<Object>) entry.get("inbound_nodes");
            for (int i = 0; i < written.size(); i++) {
                converted.add(node((List<Object>) written.get(i), i < nodes.size() ? nodes.get(i) : null));
            }
            out.put("inbound_nodes", converted);
        }
        return out;
    }

    private static Map<String, Object> inputLayerConfig(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("batch_shape", config.get("batch_input_shape"));
        out.put("dtype", config.get("dtype"));
        out.put("sparse", config.get("sparse"));
        out.put("name", config.get("name"));
        return out;
    }

    private static Map<String, Object> layerConfig(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : config.entrySet()) {
            if (e.getKey().equals("batch_input_shape")) {
                continue;
            }
            if (e.getKey().equals("dtype") && e.getValue() instanceof String) {
                out.put("dtype", policy((String) e.getValue()));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        addObjectModules(out);
        return out;
    }

    private static Map<String, Object> policy(String name) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", name);
        return entryHead("keras", "DTypePolicy", config, null, null);
    }

    /** {@code [[name, node, tensor, kwargs], ...]} → {@code {"args": [tensor or [tensors]], "kwargs": kwargs}}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(List<Object> entries, Node node) {
        List<Object> tensors = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            List<Object> entry = (List<Object>) entries.get(i);
            KerasTensor tensor = node == null || i >= node.inputTensors().size() ? null : node.inputTensors().get(i);
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("shape", tensor == null ? null : tensor.shape().toList());
            config.put("dtype", tensor == null ? "float32" : tensor.dtype());
            config.put("keras_history", List.of(entry.get(0), entry.get(1), entry.get(2)));
            Map<String, Object> keras = new LinkedHashMap<>();
            keras.put("class_name", "__keras_tensor__");
            keras.put("config", config);
            tensors.add(keras);
            if (entry.size() > 3 && entry.get(3) instanceof Map) {
                kwargs.putAll((Map<String, Object>) entry.get(3));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>();
        args.add(tensors.size() == 1 ? tensors.get(0) : tensors);
        out.put("args", args);
        out.put("kwargs", kwargs);
        return out;
    }
}
