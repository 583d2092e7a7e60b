package org.layerwright.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layers;
import org.layerwright.core.Model;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.commands.MoveNodesCommand.Point;
import org.layerwright.io.Models;

/**
 * Converts between a document and Keras: a model's config becomes nodes and wires (laid out tidily), and a document
 * becomes the Keras config of a Sequential (a single chain opened from a Sequential) or Functional model, from which
 * core builds the {@link Model}. No weights are created either way.
 */
public final class ModelConversion {
    private ModelConversion() {
    }

    /** A document showing a core model. */
    public static ModelDocument fromModel(Model model) {
        return fromKerasConfig(Layers.serialize(model));
    }

    /** A document from Keras JSON text ({@code model.to_json()}). */
    public static ModelDocument fromJson(String json) {
        return fromKerasConfig(Models.parseJson(json, "the JSON text"));
    }

    /** A document from a {@code {"class_name", "config"}} model envelope. */
    @SuppressWarnings("unchecked")
    public static ModelDocument fromKerasConfig(Map<String, Object> envelope) {
        Object className = envelope.get("class_name");
        Object config = envelope.get("config");
        if ("Sequential".equals(className)) {
            return sequential(config);
        }
        if (("Functional".equals(className) || "Model".equals(className)) && config instanceof Map) {
            return functional((Map<String, Object>) config);
        }
        throw new InvalidConfigException("Cannot open a " + className + " as a model: expected class_name"
                + " Sequential, Functional or Model.");
    }

    @SuppressWarnings("unchecked")
    private static ModelDocument sequential(Object config) {
        Object layers = config instanceof Map ? ((Map<String, Object>) config).get("layers") : config;
        String name = config instanceof Map && ((Map<String, Object>) config).get("name") instanceof String
                ? (String) ((Map<String, Object>) config).get("name") : "sequential";
        if (!(layers instanceof List)) {
            throw new InvalidConfigException("Sequential model '" + name + "': config has no \"layers\" list.");
        }
        ModelDocument document = new ModelDocument(name, true);
        List<LayerNode> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        for (Object item : (List<Object>) layers) {
            Map<String, Object> entry = entry(item, name);
            Map<String, Object> layerConfig = (Map<String, Object>) entry.get("config");
            if (nodes.isEmpty() && !"InputLayer".equals(entry.get("class_name"))
                    && layerConfig.get("batch_input_shape") != null) {
                // Keras makes this InputLayer itself when the first layer declares the input shape.
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("batch_input_shape", layerConfig.get("batch_input_shape"));
                input.put("dtype", layerConfig.getOrDefault("dtype", "float32"));
                input.put("sparse", false);
                input.put("ragged", false);
                input.put("name", layerConfig.get("name") + "_input");
                nodes.add(new LayerNode(document.newId(), "InputLayer", input, 0, 0));
            }
            LayerNode node = new LayerNode(document.newId(), (String) entry.get("class_name"), layerConfig, 0, 0);
            if (!nodes.isEmpty()) {
                wires.add(Wire.of(nodes.get(nodes.size() - 1).id(), node.id()));
            }
            nodes.add(node);
        }
        return loaded(document, nodes, wires);
    }

    @SuppressWarnings("unchecked")
    private static ModelDocument functional(Map<String, Object> config) {
        String name = config.get("name") instanceof String ? (String) config.get("name") : "model";
        Object layers = config.get("layers");
        if (!(layers instanceof List)) {
            throw new InvalidConfigException("Functional model '" + name + "': config has no \"layers\" list.");
        }
        ModelDocument document = new ModelDocument(name, false);
        List<LayerNode> nodes = new ArrayList<>();
        Map<String, String> idByName = new HashMap<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Object item : (List<Object>) layers) {
            Map<String, Object> entry = entry(item, name);
            Map<String, Object> layerConfig = (Map<String, Object>) entry.get("config");
            LayerNode node = new LayerNode(document.newId(), (String) entry.get("class_name"), layerConfig, 0, 0);
            nodes.add(node);
            idByName.put(node.name(), node.id());
            entries.add(entry);
        }
        List<Wire> wires = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Object inbound = entries.get(i).get("inbound_nodes");
            List<Object> calls = inbound instanceof List ? (List<Object>) inbound : List.of();
            if (calls.size() > 1) {
                throw new UnsupportedModelOperationException("Layer '" + nodes.get(i).name() + "' is shared (called "
                        + calls.size() + " times); the editor shows each layer once. Open this model with the"
                        + " summary command instead.");
            }
            if (calls.isEmpty()) {
                continue;
            }
            List<Object> tensors = (List<Object>) calls.get(0);
            for (int port = 0; port < tensors.size(); port++) {
                List<Object> tensor = (List<Object>) tensors.get(port);
                String source = idByName.get(String.valueOf(tensor.get(0)));
                if (source == null) {
                    throw new InvalidConfigException("Layer '" + nodes.get(i).name() + "' takes its input from '"
                            + tensor.get(0) + "', which is not a layer of the model.");
                }
                wires.add(new Wire(source, ((Number) tensor.get(2)).intValue(), nodes.get(i).id(), port));
            }
        }
        return loaded(document, nodes, wires);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Object item, String modelName) {
        if (!(item instanceof Map) || !(((Map<String, Object>) item).get("config") instanceof Map)
                || !(((Map<String, Object>) item).get("class_name") instanceof String)) {
            throw new InvalidConfigException("Model '" + modelName + "': every entry of \"layers\" must be an object"
                    + " with \"class_name\" and \"config\", found " + item + ".");
        }
        return (Map<String, Object>) item;
    }

    private static ModelDocument loaded(ModelDocument document, List<LayerNode> nodes, List<Wire> wires) {
        LayerGraph scratch = new LayerGraph();
        for (LayerNode node : nodes) {
            scratch.insertNode(scratch.size(), node);
        }
        for (Wire wire : wires) {
            scratch.insertWire(scratch.wires().size(), wire);
        }
        Map<String, Point> positions = TidyLayout.positions(scratch);
        List<LayerNode> placed = new ArrayList<>();
        for (LayerNode node : nodes) {
            Point p = positions.get(node.id());
            placed.add(node.at(p.x(), p.y()));
        }
        document.load(placed, wires);
        return document;
    }

    // ------------------------------------------------------------------ document to Keras

    /** The Keras config envelope of the document's model. */
    public static Map<String, Object> toKerasConfig(ModelDocument document) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        boolean chain = document.sequential() && isChain(document.graph());
        envelope.put("class_name", chain ? "Sequential" : "Functional");
        envelope.put("config", chain ? sequentialConfig(document) : functionalConfig(document));
        return envelope;
    }

    /** The core model of the document; throws the core's typed error when the graph has a problem. */
    public static Model toModel(ModelDocument document) {
        return Models.modelFromConfig(toKerasConfig(document));
    }

    /** True when the nodes form one chain in document order, starting at an InputLayer. */
    static boolean isChain(LayerGraph graph) {
        List<String> ids = graph.ids();
        if (ids.isEmpty() || !"InputLayer".equals(graph.node(ids.get(0)).className())
                || graph.wires().size() != ids.size() - 1) {
            return false;
        }
        for (int i = 1; i < ids.size(); i++) {
            List<Wire> in = graph.inputsOf(ids.get(i));
            if (in.size() != 1 || !in.get(0).from().equals(ids.get(i - 1)) || in.get(0).fromPort() != 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> sequentialConfig(ModelDocument document) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", document.modelName());
        List<Object> layers = new ArrayList<>();
        for (LayerNode node : document.graph().nodes()) {
            layers.add(layerEntry(node));
        }
        config.put("layers", layers);
        return config;
    }

    private static Map<String, Object> functionalConfig(ModelDocument document) {
        LayerGraph graph = document.graph();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", document.modelName());
        List<Object> layers = new ArrayList<>();
        List<Object> inputs = new ArrayList<>();
        List<Object> outputs = new ArrayList<>();
        for (LayerNode node : graph.nodes()) {
            Map<String, Object> entry = layerEntry(node);
            entry.put("name", node.name());
            List<Object> tensors = new ArrayList<>();
            for (Wire wire : graph.inputsOf(node.id())) {
                tensors.add(new ArrayList<>(List.of(graph.node(wire.from()).name(), 0, wire.fromPort(),
                        new LinkedHashMap<>())));
            }
            entry.put("inbound_nodes", tensors.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(tensors)));
            layers.add(entry);
            if ("InputLayer".equals(node.className())) {
                inputs.add(new ArrayList<>(List.of(node.name(), 0, 0)));
            } else if (graph.outputsOf(node.id()).isEmpty()) {
                NodeAnalysis analysis = document.analysis(node.id());
                int ports = analysis == null || analysis.outputShapes() == null ? 1 : analysis.outputShapes().size();
                for (int port = 0; port < ports; port++) {
                    outputs.add(new ArrayList<>(List.of(node.name(), 0, port)));
                }
            }
        }
        config.put("layers", layers);
        config.put("input_layers", inputs);
        config.put("output_layers", outputs);
        return config;
    }

    private static Map<String, Object> layerEntry(LayerNode node) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("class_name", node.className());
        entry.put("config", new LinkedHashMap<>(node.config()));
        return entry;
    }
}
