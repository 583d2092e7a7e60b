package org.layerwright.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.Shape;
import org.layerwright.core.config.PyTuple;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.commands.AddLayerCommand;
import org.layerwright.editor.commands.ConnectCommand;
import org.layerwright.editor.commands.RemoveLayersCommand;

/**
 * Groups selected layers into a nested functional model: one node whose config is the Keras config of a model
 * made of the selection, with an InputLayer for each tensor entering it and an output for each tensor leaving it.
 * Wires from and to the rest of the graph are rewired to the new node; all of it is one undo step.
 */
public final class GroupLayers {
    private GroupLayers() {
    }

    /** The outcome: the command, or why the selection cannot be grouped. */
    public record Result(CompositeCommand command, String refusal) {
    }

    /** Plans the grouping of {@code ids} into a nested model named {@code name}. */
    public static Result plan(ModelDocument document, Set<String> ids, String name) {
        LayerGraph graph = document.graph();
        List<LayerNode> inside = new ArrayList<>();
        for (LayerNode node : graph.nodes()) {
            if (ids.contains(node.id())) {
                if ("InputLayer".equals(node.className())) {
                    return new Result(null, "Leave the InputLayer '" + node.name() + "' out of the group: a nested"
                            + " model gets its own inputs.");
                }
                inside.add(node);
            }
        }
        if (inside.isEmpty()) {
            return new Result(null, "Select the layers to group first.");
        }
        List<Wire> entering = new ArrayList<>();
        List<Wire> leaving = new ArrayList<>();
        for (Wire wire : graph.wires()) {
            if (!ids.contains(wire.from()) && ids.contains(wire.to())) {
                entering.add(wire);
            } else if (ids.contains(wire.from()) && !ids.contains(wire.to())) {
                leaving.add(wire);
            }
        }
        // One model input per distinct tensor entering the selection.
        Map<String, String> inputNames = new LinkedHashMap<>();
        List<Object> layers = new ArrayList<>();
        for (Wire wire : entering) {
            String key = wire.from() + ":" + wire.fromPort();
            if (inputNames.containsKey(key)) {
                continue;
            }
            NodeAnalysis source = document.analysis(wire.from());
            if (source == null || source.outputShapes() == null) {
                return new Result(null, "The input of '" + graph.node(wire.to()).name() + "' has no shape yet; fix"
                        + " the problems upstream before grouping.");
            }
            Shape shape = source.outputShapes().get(wire.fromPort());
            String inputName = graph.node(wire.from()).name() + "_in";
            inputNames.put(key, inputName);
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("batch_input_shape", PyTuple.copyOf(shape.toList()));
            config.put("dtype", "float32");
            config.put("sparse", false);
            config.put("ragged", false);
            config.put("name", inputName);
            layers.add(layerEntry("InputLayer", config, List.of()));
        }
        for (LayerNode node : inside) {
            List<Object> tensors = new ArrayList<>();
            for (Wire wire : graph.inputsOf(node.id())) {
                String source = ids.contains(wire.from()) ? graph.node(wire.from()).name()
                        : inputNames.get(wire.from() + ":" + wire.fromPort());
                int port = ids.contains(wire.from()) ? wire.fromPort() : 0;
                tensors.add(new ArrayList<>(List.of(source, 0, port, new LinkedHashMap<>())));
            }
            layers.add(layerEntry(node.className(), node.config(), tensors));
        }
        List<String> outputKeys = new ArrayList<>();
        for (Wire wire : leaving) {
            String key = wire.from() + ":" + wire.fromPort();
            if (!outputKeys.contains(key)) {
                outputKeys.add(key);
            }
        }
        for (LayerNode node : inside) {
            if (graph.outputsOf(node.id()).isEmpty()) {
                outputKeys.add(node.id() + ":0");
            }
        }
        List<Object> inputLayers = new ArrayList<>();
        for (String inputName : inputNames.values()) {
            inputLayers.add(new ArrayList<>(List.of(inputName, 0, 0)));
        }
        List<Object> outputLayers = new ArrayList<>();
        for (String key : outputKeys) {
            String[] parts = key.split(":");
            outputLayers.add(new ArrayList<>(List.of(graph.node(parts[0]).name(), 0, Integer.parseInt(parts[1]))));
        }
        Map<String, Object> modelConfig = new LinkedHashMap<>();
        modelConfig.put("name", name);
        modelConfig.put("layers", layers);
        modelConfig.put("input_layers", inputLayers);
        modelConfig.put("output_layers", outputLayers);
        LayerNode first = inside.get(0);
        LayerNode group = new LayerNode(document.newId(), "Functional", modelConfig, first.x(), first.y());
        List<Command> steps = new ArrayList<>();
        steps.add(new RemoveLayersCommand(ids));
        // No selected node comes before the first one, so its index is still free once the selection is gone.
        steps.add(new AddLayerCommand(group, graph.indexOf(first.id())));
        List<String> inputKeys = new ArrayList<>(inputNames.keySet());
        for (Wire wire : entering) {
            int index = inputKeys.indexOf(wire.from() + ":" + wire.fromPort());
            Wire rewired = new Wire(wire.from(), wire.fromPort(), group.id(), index);
            if (steps.stream().noneMatch(s -> s instanceof ConnectCommand c && c.wire().equals(rewired))) {
                steps.add(new ConnectCommand(rewired));
            }
        }
        for (Wire wire : leaving) {
            steps.add(new ConnectCommand(new Wire(group.id(), outputKeys.indexOf(wire.from() + ":"
                    + wire.fromPort()), wire.to(), wire.toPort())));
        }
        return new Result(new CompositeCommand("Group " + inside.size() + " layers", steps), null);
    }

    private static Map<String, Object> layerEntry(String className, Map<String, Object> config, List<Object> tensors) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("class_name", className);
        entry.put("config", new LinkedHashMap<>(config));
        entry.put("name", config.get("name"));
        entry.put("inbound_nodes", tensors.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(tensors)));
        return entry;
    }
}
