package org.layerwright.editor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.InputLayer;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Shape;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.summary.Explanation;
import org.layerwright.core.summary.SummaryRow;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.Wire;

/**
 * Works out one node from its config and its inputs' shapes: builds the layer from its config, computes its output
 * shapes and declares its weights (no arrays are created). Never throws: a failure becomes the node's problem.
 */
final class NodeEvaluator {
    private NodeEvaluator() {
    }

    static NodeAnalysis evaluate(LayerGraph graph, String id, Map<String, NodeAnalysis> known, boolean inLoop) {
        LayerNode node = graph.node(id);
        List<Wire> inputs = graph.inputsOf(id);
        List<String> connectedTo = new ArrayList<>();
        for (Wire wire : inputs) {
            connectedTo.add(graph.node(wire.from()).name() + "[0][" + wire.fromPort() + "]");
        }
        if (inLoop) {
            return failed(node, connectedTo, Problems.of("Layer '" + node.name() + "' is part of a loop: its"
                    + " output comes back to its input.", "a graph without cycles", "Remove one wire of the loop."));
        }
        Layer layer;
        try {
            layer = Layers.deserialize(Entries.of(node));
        } catch (RuntimeException invalid) {
            return failed(node, connectedTo, Problems.fromArgumentError(invalid));
        }
        if (layer instanceof InputLayer) {
            return built(node, layer, List.of(layer.batchInputShape()), connectedTo);
        }
        if (inputs.isEmpty()) {
            return failed(node, connectedTo, Problems.of("Layer '" + node.name() + "' has no input.",
                    "a wire into its input port", "Drag a wire from another layer's output to it, or delete it."));
        }
        List<Shape> inputShapes = new ArrayList<>(inputs.size());
        for (Wire wire : inputs) {
            NodeAnalysis source = known.get(wire.from());
            if (source == null || source.outputShapes() == null) {
                return waiting(node, connectedTo);
            }
            if (wire.fromPort() >= source.outputShapes().size()) {
                return failed(node, connectedTo, Problems.of("Layer '" + node.name() + "' is wired to output "
                        + wire.fromPort() + " of '" + graph.node(wire.from()).name() + "', which has only "
                        + source.outputShapes().size() + ".", "an existing output port", "Rewire it to output 0."));
            }
            inputShapes.add(source.outputShapes().get(wire.fromPort()));
        }
        List<Shape> outputShapes;
        try {
            outputShapes = layer.computeOutputShapes(inputShapes);
        } catch (IncompatibleShapeException misfit) {
            return failed(node, connectedTo, Problems.fromShapeError(misfit, layer, inputShapes));
        } catch (RuntimeException other) {
            return failed(node, connectedTo, Problems.fromArgumentError(other));
        }
        try {
            layer.build(inputShapes);
        } catch (RuntimeException other) {
            return failed(node, connectedTo, Problems.fromArgumentError(other));
        }
        return built(node, layer, outputShapes, connectedTo);
    }

    private static NodeAnalysis built(LayerNode node, Layer layer, List<Shape> shapes, List<String> connectedTo) {
        long trainable = layer.countTrainableParams();
        long nonTrainable = layer.countNonTrainableParams();
        SummaryRow row = new SummaryRow(node.name(), node.className(), List.copyOf(shapes),
                layer instanceof InputLayer, true, trainable + nonTrainable, trainable, nonTrainable,
                layer.trainable(), List.copyOf(connectedTo), null,
                new Explanation(layer::explainParams, layer::explainShape));
        return new NodeAnalysis(node.id(), List.copyOf(shapes), row, null);
    }

    private static NodeAnalysis failed(LayerNode node, List<String> connectedTo, Problem problem) {
        return new NodeAnalysis(node.id(), null, emptyRow(node, connectedTo, problem.message()), problem);
    }

    private static NodeAnalysis waiting(LayerNode node, List<String> connectedTo) {
        return new NodeAnalysis(node.id(), null, emptyRow(node, connectedTo,
                "waiting for the shape of its input"), null);
    }

    private static SummaryRow emptyRow(LayerNode node, List<String> connectedTo, String why) {
        return new SummaryRow(node.name(), node.className(), null, "InputLayer".equals(node.className()), false,
                0, 0, 0, !Boolean.FALSE.equals(node.config().get("trainable")), List.copyOf(connectedTo), null,
                Explanation.of(why, ""));
    }
}
