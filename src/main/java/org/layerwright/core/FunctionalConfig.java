package org.layerwright.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.core.layers.UnknownLayer;

/**
 * A functional model's config, written and read as Keras's {@code get_network_config} and
 * {@code reconstruct_from_config} do: node indices renumbered to count only the model's own nodes (starting at
 * one for nested models, whose node 0 is internal), and nodes replayed in layer order until all are connected.
 */
final class FunctionalConfig {
    private FunctionalConfig() {
    }

    static Map<String, Object> of(Model model) {
        GraphNetwork network = model.network();
        Map<Node, Integer> newIndex = new IdentityHashMap<>();
        for (Layer layer : model.layers()) {
            int kept = skipsFirstNode(layer) ? 1 : 0;
            for (Node node : layer.inboundNodes()) {
                if (network.contains(node)) {
                    newIndex.put(node, kept++);
                }
            }
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", model.name());
        List<Object> layerConfigs = new ArrayList<>();
        for (Layer layer : model.layers()) {
            List<Object> inbound = new ArrayList<>();
            for (Node node : layer.inboundNodes()) {
                if (network.contains(node) && !node.isInput()) {
                    inbound.add(serializeNode(node, newIndex));
                }
            }
            Map<String, Object> entry = Layers.serialize(layer);
            entry.put("name", layer.name());
            entry.put("inbound_nodes", inbound);
            layerConfigs.add(entry);
        }
        config.put("layers", layerConfigs);
        config.put("input_layers", coordinates(model.inputs(), newIndex));
        config.put("output_layers", coordinates(model.outputs(), newIndex));
        return config;
    }

    private static boolean skipsFirstNode(Layer layer) {
        return layer instanceof Model && ((Model) layer).skipsFirstNode();
    }

    private static List<Object> serializeNode(Node node, Map<Node, Integer> newIndex) {
        List<String> arguments = node.layer().tensorCallArguments();
        if (!arguments.isEmpty() && node.inputTensors().size() > 1) {
            return serializeCallArguments(node, arguments, newIndex);
        }
        List<Object> tensors = new ArrayList<>();
        for (KerasTensor t : node.inputTensors()) {
            List<Object> entry = new ArrayList<>(4);
            entry.add(t.layer().name());
            entry.add(newIndex.getOrDefault(t.node(), 0));
            entry.add(t.tensorIndex());
            entry.add(new LinkedHashMap<>(node.kwargs()));
            tensors.add(entry);
        }
        return tensors;
    }

    /**
     * A call such as {@code mha(query, value)}: Keras writes the first tensor as the node's entry and the others as
     * call arguments, {@code [["q", 0, 0, {"value": ["v", 0, 0]}]]}.
     */
    private static List<Object> serializeCallArguments(Node node, List<String> arguments,
            Map<Node, Integer> newIndex) {
        List<KerasTensor> inputs = node.inputTensors();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 1; i < inputs.size() && i <= arguments.size(); i++) {
            KerasTensor t = inputs.get(i);
            kwargs.put(arguments.get(i - 1), List.of(t.layer().name(), newIndex.getOrDefault(t.node(), 0),
                    t.tensorIndex()));
        }
        kwargs.putAll(node.kwargs());
        KerasTensor first = inputs.get(0);
        List<Object> entry = new ArrayList<>(4);
        entry.add(first.layer().name());
        entry.add(newIndex.getOrDefault(first.node(), 0));
        entry.add(first.tensorIndex());
        entry.add(kwargs);
        List<Object> tensors = new ArrayList<>();
        tensors.add(entry);
        return tensors;
    }

    private static List<Object> coordinates(List<KerasTensor> tensors, Map<Node, Integer> newIndex) {
        List<Object> out = new ArrayList<>();
        for (KerasTensor t : tensors) {
            out.add(List.of(t.layer().name(), newIndex.getOrDefault(t.node(), 0), t.tensorIndex()));
        }
        return out;
    }

    // ------------------------------------------------------------------ reading

    @SuppressWarnings("unchecked")
    static Model build(Map<String, Object> config) {
        Object layersValue = config.get("layers");
        if (!(layersValue instanceof List)) {
            throw new InvalidConfigException("Functional model '" + config.get("name")
                    + "': config has no \"layers\" list.");
        }
        List<Map<String, Object>> layerData = new ArrayList<>();
        for (Object item : (List<Object>) layersValue) {
            if (!(item instanceof Map)) {
                throw new InvalidConfigException("Functional model '" + config.get("name")
                        + "': every entry of \"layers\" must be an object, found " + item + ".");
            }
            layerData.add((Map<String, Object>) item);
        }
        Map<String, Layer> created = new HashMap<>();
        Map<Layer, List<List<Object>>> unprocessed = new IdentityHashMap<>();
        Map<String, Integer> nodeIndexMap = new HashMap<>();
        Map<Layer, Integer> nodeCount = new IdentityHashMap<>();
        List<Layer> ordered = new ArrayList<>();
        for (Map<String, Object> data : layerData) {
            String name = layerName(data);
            Layer layer = created.get(name);
            if (layer == null) {
                layer = Layers.deserialize(data);
                if (!layer.name().equals(name)) {
                    layer.name(name);
                }
                created.put(name, layer);
            }
            ordered.add(layer);
            nodeCount.put(layer, skipsFirstNode(layer) ? 1 : 0);
            Object inbound = data.get("inbound_nodes");
            if (inbound != null && !(inbound instanceof List)) {
                throw new InvalidConfigException("Layer '" + name + "': \"inbound_nodes\" must be a list.");
            }
            for (Object nodeData : inbound == null ? List.of() : (List<Object>) inbound) {
                unprocessed.computeIfAbsent(layer, k -> new ArrayList<>()).add(asList(name, nodeData));
            }
        }
        declareUnknownLayerOutputs(layerData, config.get("output_layers"), created);
        while (!unprocessed.isEmpty()) {
            boolean progress = false;
            for (Layer layer : ordered) {
                List<List<Object>> pending = unprocessed.remove(layer);
                if (pending == null) {
                    continue;
                }
                int done = 0;
                while (done < pending.size() && processNode(layer, pending.get(done), created, nodeIndexMap,
                        nodeCount)) {
                    done++;
                    progress = true;
                }
                if (done < pending.size()) {
                    unprocessed.put(layer, new ArrayList<>(pending.subList(done, pending.size())));
                }
            }
            if (!progress) {
                Layer stuck = unprocessed.keySet().iterator().next();
                throw new InvalidConfigException("Functional model '" + config.get("name") + "': layer '"
                        + stuck.name() + "' waits for an input that is never produced (a loop, or a node index that"
                        + " does not exist). Check its \"inbound_nodes\".");
            }
        }
        List<KerasTensor> inputs = tensorsAt(config, "input_layers", created, nodeIndexMap);
        List<KerasTensor> outputs = tensorsAt(config, "output_layers", created, nodeIndexMap);
        Object name = config.get("name");
        return new Model(inputs, outputs, name instanceof String ? (String) name : null);
    }

    /**
     * An unknown layer's number of outputs cannot be inferred, so it is read from the wiring: the highest tensor
     * index any layer or the model's outputs take from it. Malformed entries are left for the checks that follow.
     */
    private static void declareUnknownLayerOutputs(List<Map<String, Object>> layerData, Object outputLayers,
            Map<String, Layer> created) {
        List<Object> references = new ArrayList<>();
        for (Map<String, Object> data : layerData) {
            if (data.get("inbound_nodes") instanceof List) {
                for (Object node : (List<?>) data.get("inbound_nodes")) {
                    if (!(node instanceof List) || ((List<?>) node).isEmpty()) {
                        continue;
                    }
                    // A node written as one bare entry ["dense", 0, 0, {}] rather than a list of entries.
                    boolean bare = ((List<?>) node).get(0) instanceof String;
                    references.addAll(bare ? List.of(node) : (List<?>) node);
                }
            }
        }
        if (outputLayers instanceof List) {
            references.addAll((List<?>) outputLayers);
        }
        for (Object reference : references) {
            if (reference instanceof List && ((List<?>) reference).size() >= 3) {
                List<?> entry = (List<?>) reference;
                Layer layer = created.get(String.valueOf(entry.get(0)));
                if (layer instanceof UnknownLayer && entry.get(2) instanceof Number) {
                    ((UnknownLayer) layer).atLeastOutputs(((Number) entry.get(2)).intValue() + 1);
                }
            }
        }
    }

    private static String layerName(Map<String, Object> data) {
        Object name = data.get("name");
        if (name == null && data.get("config") instanceof Map) {
            name = ((Map<?, ?>) data.get("config")).get("name");
        }
        if (!(name instanceof String)) {
            throw new InvalidConfigException("A layer entry of class " + data.get("class_name")
                    + " has no \"name\"; functional model configs name every layer.");
        }
        return (String) name;
    }

    private static List<Object> asList(String layer, Object nodeData) {
        if (!(nodeData instanceof List)) {
            throw new InvalidConfigException("Layer '" + layer + "': an inbound node must be a list of"
                    + " [layer_name, node_index, tensor_index, kwargs] entries, found " + nodeData + ".");
        }
        List<?> list = (List<?>) nodeData;
        // A node whose entries are themselves strings is a single un-nested entry: wrap it.
        if (!list.isEmpty() && list.get(0) instanceof String) {
            return List.of(list);
        }
        return new ArrayList<>(list);
    }

    private static Integer nodeIndex(Layer layer, int configIndex, Map<String, Integer> nodeIndexMap) {
        if (layer instanceof InputLayer) {
            return 0;
        }
        return nodeIndexMap.get(layer.name() + "#" + configIndex);
    }

    @SuppressWarnings("unchecked")
    private static boolean processNode(Layer layer, List<Object> nodeData, Map<String, Layer> created,
            Map<String, Integer> nodeIndexMap, Map<Layer, Integer> nodeCount) {
        List<KerasTensor> inputs = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (Object item : nodeData) {
            if (!(item instanceof List) || ((List<?>) item).size() < 3 || ((List<?>) item).size() > 4) {
                throw new InvalidConfigException("Layer '" + layer.name() + "': improperly formatted inbound node "
                        + item + "; expected [layer_name, node_index, tensor_index, kwargs].");
            }
            List<Object> entry = (List<Object>) item;
            KerasTensor input = resolve(layer, entry, created, nodeIndexMap);
            if (input == null) {
                return false;
            }
            inputs.add(input);
            if (entry.size() == 4 && entry.get(3) instanceof Map) {
                kwargs.putAll((Map<String, Object>) entry.get(3));
            }
        }
        // Tensors passed as call arguments (MultiHeadAttention's value and key) become inputs after the first.
        for (String argument : layer.tensorCallArguments()) {
            Object reference = kwargs.get(argument);
            if (!(reference instanceof List) || ((List<?>) reference).size() != 3
                    || !(((List<?>) reference).get(0) instanceof String)) {
                break;
            }
            KerasTensor input = resolve(layer, (List<Object>) reference, created, nodeIndexMap);
            if (input == null) {
                return false;
            }
            inputs.add(input);
            kwargs.remove(argument);
        }
        List<KerasTensor> outputs = layer.applyAll(inputs, kwargs);
        int count = nodeCount.get(layer);
        nodeIndexMap.put(layer.name() + "#" + count, outputs.get(0).nodeIndex());
        nodeCount.put(layer, count + 1);
        return true;
    }

    /** The tensor {@code [layer_name, node_index, tensor_index, ...]} names, or null when it is not made yet. */
    private static KerasTensor resolve(Layer layer, List<Object> entry, Map<String, Layer> created,
            Map<String, Integer> nodeIndexMap) {
        String inboundName = String.valueOf(entry.get(0));
        Layer inbound = created.get(inboundName);
        if (inbound == null) {
            throw new InvalidConfigException("Layer '" + layer.name() + "' is connected to layer '" + inboundName
                    + "', which is not in the model's \"layers\".");
        }
        Integer index = nodeIndex(inbound, toInt(entry.get(1), layer), nodeIndexMap);
        if (index == null || index >= inbound.inboundNodes().size()) {
            return null;
        }
        Node node = inbound.inboundNodes().get(index);
        int tensorIndex = toInt(entry.get(2), layer);
        if (tensorIndex < 0 || tensorIndex >= node.outputTensors().size()) {
            throw new InvalidConfigException("Layer '" + layer.name() + "' uses output " + tensorIndex
                    + " of layer '" + inboundName + "', which has " + node.outputTensors().size()
                    + " output(s).");
        }
        return node.outputTensors().get(tensorIndex);
    }

    private static int toInt(Object value, Layer layer) {
        if (value instanceof Number) {
            return ((Number) value).intValue();
        }
        throw new InvalidConfigException("Layer '" + layer.name() + "': expected a node or tensor index, found "
                + value + ".");
    }

    @SuppressWarnings("unchecked")
    private static List<KerasTensor> tensorsAt(Map<String, Object> config, String key, Map<String, Layer> created,
            Map<String, Integer> nodeIndexMap) {
        Object value = config.get(key);
        if (!(value instanceof List) || ((List<?>) value).isEmpty()) {
            throw new InvalidConfigException("Functional model '" + config.get("name") + "': \"" + key
                    + "\" must list at least one [layer_name, node_index, tensor_index].");
        }
        List<Object> list = (List<Object>) value;
        if (list.get(0) instanceof String) {
            list = List.of(list);
        }
        List<KerasTensor> tensors = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof List) || ((List<?>) item).size() < 3) {
                throw new InvalidConfigException("Functional model '" + config.get("name") + "': bad entry in \""
                        + key + "\": " + item + "; expected [layer_name, node_index, tensor_index].");
            }
            List<Object> coordinate = (List<Object>) item;
            Layer layer = created.get(String.valueOf(coordinate.get(0)));
            if (layer == null) {
                throw new InvalidConfigException("Functional model '" + config.get("name") + "': \"" + key
                        + "\" names layer '" + coordinate.get(0) + "', which is not in \"layers\".");
            }
            Integer index = nodeIndex(layer, toInt(coordinate.get(1), layer), nodeIndexMap);
            if (index == null || index >= layer.inboundNodes().size()) {
                throw new InvalidConfigException("Functional model '" + config.get("name") + "': \"" + key
                        + "\" refers to node " + coordinate.get(1) + " of layer '" + layer.name()
                        + "', which does not exist.");
            }
            List<KerasTensor> outs = layer.inboundNodes().get(index).outputTensors();
            int tensorIndex = toInt(coordinate.get(2), layer);
            if (tensorIndex < 0 || tensorIndex >= outs.size()) {
                throw new InvalidConfigException("Functional model '" + config.get("name") + "': \"" + key
                        + "\" refers to output " + tensorIndex + " of layer '" + layer.name() + "', which has "
                        + outs.size() + ".");
            }
            tensors.add(outs.get(tensorIndex));
        }
        return tensors;
    }
}
