package org.layerwright.io.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * A Keras 3 model config in tf.keras 2 form: {@code DTypePolicy} objects become the policy name,
 * {@code batch_shape} becomes {@code batch_input_shape}, {@code {"args": [...], "kwargs": {...}}} inbound nodes
 * become lists of {@code [layer, node, tensor, kwargs]} entries (from each {@code __keras_tensor__}'s
 * {@code keras_history}), and a single un-nested input/output triple is wrapped in a list.
 */
final class Keras3Migration {
    private Keras3Migration() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> migrate(Map<String, Object> envelope) {
        Keras213Serialization.strip(envelope);
        if (envelope.get("config") instanceof Map) {
            modelConfig((Map<String, Object>) envelope.get("config"));
        }
        LayerEntries.forEach(envelope, "", (entry, path) -> {
            String where = LayerEntries.describe(entry, path);
            Map<String, Object> config = LayerEntries.config(entry);
            if (config != null) {
                layerConfig(config);
                if (entry.get("class_name") instanceof String
                        && List.of("Sequential", "Functional", "Model").contains(entry.get("class_name"))) {
                    modelConfig(config);
                }
            }
            Object nodes = entry.get("inbound_nodes");
            if (nodes instanceof List) {
                List<Object> converted = new ArrayList<>();
                for (Object node : (List<Object>) nodes) {
                    converted.add(node instanceof Map ? node((Map<String, Object>) node, where) : node);
                }
                entry.put("inbound_nodes", converted);
            }
        });
        return envelope;
    }

    private static void modelConfig(Map<String, Object> config) {
        for (String key : new String[] {"input_layers", "output_layers"}) {
            Object value = config.get(key);
            if (value instanceof List && !((List<?>) value).isEmpty() && ((List<?>) value).get(0) instanceof String) {
                List<Object> wrapped = new ArrayList<>();
                wrapped.add(value);
                config.put(key, wrapped);
            }
        }
        config.remove("trainable");
        config.remove("dtype");
    }

    @SuppressWarnings("unchecked")
    private static void layerConfig(Map<String, Object> config) {
        Object dtype = config.get("dtype");
        if (dtype instanceof Map && ((Map<String, Object>) dtype).get("config") instanceof Map) {
            Object name = ((Map<String, Object>) ((Map<String, Object>) dtype).get("config")).get("name");
            if (name instanceof String && ((String) name).startsWith("mixed_")) {
                Map<String, Object> policy = new LinkedHashMap<>();
                policy.put("class_name", "Policy");
                Map<String, Object> policyConfig = new LinkedHashMap<>();
                policyConfig.put("name", name);
                policy.put("config", policyConfig);
                config.put("dtype", policy);
            } else if (name instanceof String) {
                config.put("dtype", name);
            }
        }
        LayerEntries.rename(config, "batch_shape", "batch_input_shape");
        config.remove("optional");
        if (config.get("input_shape") instanceof List && !config.containsKey("batch_input_shape")) {
            List<Object> shape = new ArrayList<>();
            shape.add(null);
            shape.addAll((List<Object>) config.get("input_shape"));
            LayerEntries.rename(config, "input_shape", "batch_input_shape");
            config.put("batch_input_shape", shape);
        }
    }

    /** {@code {"args": [t or [t1, t2]], "kwargs": {...}}} → {@code [[name, node, tensor, kwargs], ...]}. */
    @SuppressWarnings("unchecked")
    private static List<Object> node(Map<String, Object> node, String where) {
        Object args = node.get("args");
        if (!(args instanceof List) || ((List<Object>) args).isEmpty()) {
            throw new InvalidConfigException(where + ": an inbound node has no \"args\"; expected"
                    + " {\"args\": [tensor or [tensors]], \"kwargs\": {...}}.");
        }
        List<Object> argList = (List<Object>) args;
        if (argList.size() > 1) {
            throw new InvalidConfigException(where + ": this layer is called with " + argList.size()
                    + " positional arguments; only the first (the inputs) can be represented in a Keras 2 config.");
        }
        Object first = argList.get(0);
        List<Object> tensors = first instanceof List ? (List<Object>) first : List.of(first);
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (node.get("kwargs") instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) node.get("kwargs")).entrySet()) {
                if (e.getValue() != null) {
                    Object history = history(e.getValue());
                    kwargs.put(e.getKey(), history == null ? e.getValue() : history);
                }
            }
        }
        List<Object> entries = new ArrayList<>();
        for (Object tensor : tensors) {
            List<Object> history = history(tensor);
            if (history == null) {
                throw new InvalidConfigException(where + ": an inbound node argument is not a Keras tensor: "
                        + tensor + ". Expected {\"class_name\": \"__keras_tensor__\", \"config\": {\"keras_history\":"
                        + " [layer, node, tensor]}}.");
            }
            List<Object> entry = new ArrayList<>(history);
            entry.add(new LinkedHashMap<>(kwargs));
            entries.add(entry);
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> history(Object tensor) {
        if (!(tensor instanceof Map) || !"__keras_tensor__".equals(((Map<String, Object>) tensor).get("class_name"))) {
            return null;
        }
        Object config = ((Map<String, Object>) tensor).get("config");
        Object history = config instanceof Map ? ((Map<String, Object>) config).get("keras_history") : null;
        if (!(history instanceof List) || ((List<?>) history).size() != 3) {
            return null;
        }
        return new ArrayList<>((List<Object>) history);
    }
}
