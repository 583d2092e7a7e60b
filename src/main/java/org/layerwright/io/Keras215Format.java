package org.layerwright.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;

/**
 * A model's config as Keras 2.13-2.15 writes it ({@code serialization_lib}): every layer entry is
 * {@code {"module": "keras.layers", "class_name", "config", "registered_name": null, "build_config", "name",
 * "inbound_nodes"}}, nested objects carry their module, base keys are ordered name, trainable, dtype,
 * batch_input_shape, and the envelope keeps tf.keras's four keys with {@code keras_version} 2.15.0.
 */
final class Keras215Format extends LaterFormat {
    static final String KERAS_VERSION = "2.15.0";

    private Keras215Format() {
    }

    static Map<String, Object> envelope(Model model) {
        Map<String, Object> envelope = model.updatedConfig();
        envelope.put("config", modelConfig(model, asMap(envelope.get("config"))));
        envelope.put("keras_version", KERAS_VERSION);
        return envelope;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> modelConfig(Model model, Map<String, Object> config) {
        Map<String, Layer> byName = layersByName(model);
        List<Object> layers = new ArrayList<>();
        for (Object item : (List<Object>) config.get("layers")) {
            layers.add(entry(model, byName, (Map<String, Object>) item));
        }
        config.put("layers", layers);
        return config;
    }

    private static Map<String, Object> entry(Model model, Map<String, Layer> byName, Map<String, Object> entry) {
        String className = (String) entry.get("class_name");
        Map<String, Object> config = asMap(entry.get("config"));
        String name = String.valueOf(entry.containsKey("name") ? entry.get("name") : config.get("name"));
        Layer layer = byName.get(name);
        String module = "keras.layers";
        Object registeredName = null;
        if (layer instanceof Model) {
            config = modelConfig((Model) layer, config);
            module = className.equals("Sequential") ? "keras" : "keras.src.engine.functional";
            registeredName = className.equals("Sequential") ? null : className;
        } else {
            config = className.equals("InputLayer") ? config : baseKeysFirst(config);
            addObjectModules(config);
        }
        Map<String, Object> out = entryHead(module, className, config, registeredName,
                layer == null ? null : buildConfig(model, layer));
        if (entry.containsKey("name")) {
            out.put("name", entry.get("name"));
        }
        if (entry.containsKey("inbound_nodes")) {
            out.put("inbound_nodes", entry.get("inbound_nodes"));
        }
        return out;
    }

    /** Keras 2.11+ writes dtype before batch_input_shape. */
    private static Map<String, Object> baseKeysFirst(Map<String, Object> config) {
        if (!config.containsKey("batch_input_shape") || !config.containsKey("dtype")) {
            return config;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : config.entrySet()) {
            if (e.getKey().equals("batch_input_shape")) {
                continue;
            }
            out.put(e.getKey(), e.getValue());
            if (e.getKey().equals("dtype")) {
                out.put("batch_input_shape", config.get("batch_input_shape"));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
