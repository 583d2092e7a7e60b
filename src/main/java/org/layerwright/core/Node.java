package org.layerwright.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One call of a layer on symbolic tensors: Keras's {@code Node}. A layer called twice (a shared layer) has two
 * inbound nodes; the node's position in {@link Layer#inboundNodes()} is the node index written in configs and
 * in the summary's "Connected to" column ({@code dense[1][0]}).
 */
public final class Node {
    private final Layer layer;
    private final List<KerasTensor> inputTensors;
    private final List<KerasTensor> outputTensors;
    private final Map<String, Object> kwargs;
    private final int index;

    Node(Layer layer, List<KerasTensor> inputTensors, List<Shape> outputShapes, Map<String, Object> kwargs) {
        this.layer = layer;
        this.inputTensors = List.copyOf(inputTensors);
        this.kwargs = kwargs == null ? Map.of() : Collections.unmodifiableMap(kwargs);
        this.index = layer.inboundNodes().size();
        List<KerasTensor> outputs = new ArrayList<>(outputShapes.size());
        for (int i = 0; i < outputShapes.size(); i++) {
            outputs.add(new KerasTensor(outputShapes.get(i), layer.dtype(), layer, index, i));
        }
        this.outputTensors = Collections.unmodifiableList(outputs);
        layer.addInboundNode(this);
        for (KerasTensor input : this.inputTensors) {
            input.layer().addOutboundNode(this);
        }
    }

    /** A node whose output tensors already exist: a functional model's own node linking its inputs to outputs. */
    Node(Layer layer, List<KerasTensor> inputTensors, List<KerasTensor> existingOutputs, boolean linkOutbound) {
        this.layer = layer;
        this.inputTensors = List.copyOf(inputTensors);
        this.kwargs = Map.of();
        this.index = layer.inboundNodes().size();
        this.outputTensors = List.copyOf(existingOutputs);
        layer.addInboundNode(this);
        if (linkOutbound) {
            for (KerasTensor input : this.inputTensors) {
                input.layer().addOutboundNode(this);
            }
        }
    }

    /** The layer that was called. */
    public Layer layer() {
        return layer;
    }

    /** Position of this node in the layer's inbound nodes. */
    public int index() {
        return index;
    }

    public List<KerasTensor> inputTensors() {
        return inputTensors;
    }

    public List<KerasTensor> outputTensors() {
        return outputTensors;
    }

    /** Keyword arguments of the call other than the inputs (written as the fourth element in configs). */
    public Map<String, Object> kwargs() {
        return kwargs;
    }

    /** True for an {@code InputLayer}'s own node, which has no inbound layers. */
    public boolean isInput() {
        return inputTensors.isEmpty();
    }

    public List<Shape> inputShapes() {
        List<Shape> shapes = new ArrayList<>(inputTensors.size());
        for (KerasTensor t : inputTensors) {
            shapes.add(t.shape());
        }
        return shapes;
    }

    public List<Shape> outputShapes() {
        List<Shape> shapes = new ArrayList<>(outputTensors.size());
        for (KerasTensor t : outputTensors) {
            shapes.add(t.shape());
        }
        return shapes;
    }

    /** The nodes that produced this node's inputs. */
    public List<Node> parentNodes() {
        List<Node> parents = new ArrayList<>(inputTensors.size());
        for (KerasTensor t : inputTensors) {
            parents.add(t.node());
        }
        return parents;
    }

    @Override
    public String toString() {
        return "Node(" + layer.name() + "[" + index + "])";
    }
}
