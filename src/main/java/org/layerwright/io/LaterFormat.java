package org.layerwright.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.InputLayer;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Node;
import org.layerwright.core.Sequential;
import org.layerwright.core.Shape;

/**
 * What Keras 2.13+ and Keras 3 add around a tf.keras 2.6 config: {@code module}/{@code registered_name} on every
 * object, and a {@code build_config} recording each layer's build input shape, which needs the layer objects.
 */
abstract class LaterFormat {
    /** The layer objects of a model by name, including a Sequential's InputLayer. */
    static Map<String, Layer> layersByName(Model model) {
        Map<String, Layer> byName = new HashMap<>();
        if (model instanceof Sequential && ((Sequential) model).inputLayer() != null) {
            byName.put(((Sequential) model).inputLayer().name(), ((Sequential) model).inputLayer());
        }
        for (Layer layer : model.layers()) {
            byName.put(layer.name(), layer);
        }
        return byName;
    }

    /** The calls of a layer that belong to a model, in order: the nodes its {@code inbound_nodes} describe. */
    static List<Node> modelNodes(Model model, Layer layer) {
        List<Node> nodes = new ArrayList<>();
        for (Node node : layer.inboundNodes()) {
            if (!node.isInput() && (!model.isGraphNetwork() || model.network().contains(node))) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** {@code {"input_shape": ...}}: one shape, or a list of shapes for a multi-input layer; null if unbuilt. */
    static Map<String, Object> buildConfig(Model model, Layer layer) {
        if (layer instanceof InputLayer) {
            return null;
        }
        List<Node> nodes = modelNodes(model, layer);
        if (nodes.isEmpty()) {
            return null;
        }
        List<Shape> shapes = nodes.get(0).inputShapes();
        Map<String, Object> config = new LinkedHashMap<>();
        if (shapes.size() == 1) {
            config.put("input_shape", shapes.get(0).toList());
        } else {
            List<Object> list = new ArrayList<>();
            for (Shape shape : shapes) {
                list.add(shape.toList());
            }
            config.put("input_shape", list);
        }
        return config;
    }

    /** The module Keras writes for a nested object under a config key, or null when the value is no object. */
    static String objectModule(String key, Object value) {
        if (!(value instanceof Map) || !((Map<?, ?>) value).containsKey("class_name")) {
            return null;
        }
        if (key.endsWith("initializer")) {
            return "keras.initializers";
        }
        if (key.endsWith("regularizer")) {
            return "keras.regularizers";
        }
        if (key.endsWith("constraint")) {
            return "keras.constraints";
        }
        return null;
    }

    /** {@code {"module", "class_name", "config", "registered_name": null}}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withModule(String module, Object object) {
        Map<String, Object> map = (Map<String, Object>) object;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("module", module);
        out.put("class_name", map.get("class_name"));
        out.put("config", map.get("config"));
        out.put("registered_name", null);
        return out;
    }

    /** Nested initializers, regularizers and constraints of a layer config gain their module. */
    static void addObjectModules(Map<String, Object> config) {
        for (Map.Entry<String, Object> e : config.entrySet()) {
            String module = objectModule(e.getKey(), e.getValue());
            if (module != null) {
                e.setValue(withModule(module, e.getValue()));
            }
        }
    }

    /** A layer entry's leading keys: module, class_name, config, registered_name, build_config. */
    static Map<String, Object> entryHead(String module, String className, Object config, Object registeredName,
            Map<String, Object> buildConfig) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("module", module);
        entry.put("class_name", className);
        entry.put("config", config);
        entry.put("registered_name", registeredName);
        if (buildConfig != null) {
            entry.put("build_config", buildConfig);
        }
        return entry;
    }
}
