package org.layerwright.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.errors.InvalidGraphException;

/**
 * The layers and nodes between a functional model's inputs and outputs, ordered as Keras orders them
 * ({@code _map_graph_network}): by depth, inputs first, ties broken by the order a depth-first walk from the
 * outputs first reached each layer. Built iteratively, so a 10,000-layer chain needs no deep recursion.
 */
public final class GraphNetwork {
    private final List<Layer> layers;
    private final Set<Node> nodes;
    private final Map<Integer, List<Node>> nodesByDepth;

    private GraphNetwork(List<Layer> layers, Set<Node> nodes, Map<Integer, List<Node>> nodesByDepth) {
        this.layers = layers;
        this.nodes = nodes;
        this.nodesByDepth = nodesByDepth;
    }

    /** Layers in Keras's order (inputs first). */
    public List<Layer> layers() {
        return layers;
    }

    /** True when {@code node} belongs to this network (Keras's {@code _network_nodes}). */
    public boolean contains(Node node) {
        return nodes.contains(node);
    }

    /** Nodes grouped by depth; depth 0 holds the output nodes. Keys in decreasing depth (inputs first). */
    public Map<Integer, List<Node>> nodesByDepth() {
        return nodesByDepth;
    }

    /** Maps the graph between {@code inputs} and {@code outputs}; throws on cycles, disconnection, duplicate names. */
    public static GraphNetwork map(List<KerasTensor> inputs, List<KerasTensor> outputs) {
        Set<Node> networkNodes = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Layer, Integer> layerIndices = new IdentityHashMap<>();
        List<Node> nodesInDecreasingDepth = new ArrayList<>();
        Set<Node> finished = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

        for (KerasTensor output : outputs) {
            walk(output.node(), networkNodes, layerIndices, nodesInDecreasingDepth, finished, inProgress);
        }

        int expected = nodesInDecreasingDepth.size() + inputs.size();
        Map<Node, Integer> nodeDepths = new IdentityHashMap<>(expected);
        Map<Layer, Integer> layerDepths = new IdentityHashMap<>(expected);
        int maxDepth = 0;
        for (int i = nodesInDecreasingDepth.size() - 1; i >= 0; i--) {
            Node node = nodesInDecreasingDepth.get(i);
            int depth = nodeDepths.getOrDefault(node, 0);
            depth = Math.max(depth, layerDepths.getOrDefault(node.layer(), 0));
            layerDepths.put(node.layer(), depth);
            nodeDepths.put(node, depth);
            for (KerasTensor input : node.inputTensors()) {
                Node parent = input.node();
                nodeDepths.put(parent, Math.max(depth + 1, nodeDepths.getOrDefault(parent, 0)));
                maxDepth = Math.max(maxDepth, depth + 1);
            }
        }
        for (KerasTensor input : inputs) {
            Layer inputLayer = input.layer();
            if (!layerDepths.containsKey(inputLayer)) {
                layerDepths.put(inputLayer, 0);
                layerIndices.put(inputLayer, -1);
                Node node = inputLayer.inboundNodes().get(0);
                nodeDepths.put(node, 0);
                networkNodes.add(node);
            }
        }

        // Buckets by depth, walked from the deepest (the inputs) to depth 0 (the outputs).
        List<List<Node>> nodeBuckets = buckets(maxDepth);
        for (Map.Entry<Node, Integer> e : nodeDepths.entrySet()) {
            nodeBuckets.get(e.getValue()).add(e.getKey());
        }
        List<List<Layer>> layerBuckets = buckets(maxDepth);
        for (Map.Entry<Layer, Integer> e : layerDepths.entrySet()) {
            layerBuckets.get(e.getValue()).add(e.getKey());
        }
        List<Layer> layers = new ArrayList<>(layerDepths.size());
        Map<Integer, List<Node>> nodesByDepth = new LinkedHashMap<>();
        for (int depth = maxDepth; depth >= 0; depth--) {
            List<Layer> atDepth = layerBuckets.get(depth);
            if (atDepth.size() > 1) {
                atDepth.sort((a, b) -> Integer.compare(layerIndices.get(a), layerIndices.get(b)));
            }
            layers.addAll(atDepth);
            List<Node> nodesAtDepth = nodeBuckets.get(depth);
            if (nodesAtDepth.size() > 1) {
                nodesAtDepth.sort((a, b) -> Integer.compare(layerIndices.get(a.layer()),
                        layerIndices.get(b.layer())));
            }
            if (!nodesAtDepth.isEmpty()) {
                nodesByDepth.put(depth, nodesAtDepth);
            }
        }

        checkConnected(inputs, nodesByDepth);
        checkUniqueNames(layers);
        return new GraphNetwork(Collections.unmodifiableList(layers), networkNodes, nodesByDepth);
    }

    private static <T> List<List<T>> buckets(int maxDepth) {
        List<List<T>> buckets = new ArrayList<>(maxDepth + 1);
        for (int i = 0; i <= maxDepth; i++) {
            buckets.add(new ArrayList<>(1));
        }
        return buckets;
    }

    /** Depth-first from one output node: layer indices in pre-order, nodes in post-order (Keras's build_map). */
    private static void walk(Node start, Set<Node> networkNodes, Map<Layer, Integer> layerIndices,
            List<Node> postOrder, Set<Node> finished, Set<Node> inProgress) {
        if (finished.contains(start)) {
            return;
        }
        Deque<int[]> positions = new ArrayDeque<>();
        Deque<Node> stack = new ArrayDeque<>();
        enter(start, networkNodes, layerIndices, inProgress);
        stack.push(start);
        positions.push(new int[] {0});
        while (!stack.isEmpty()) {
            Node node = stack.peek();
            int[] position = positions.peek();
            List<KerasTensor> inputs = node.inputTensors();
            if (position[0] < inputs.size()) {
                Node child = inputs.get(position[0]++).node();
                if (finished.contains(child)) {
                    continue;
                }
                if (inProgress.contains(child)) {
                    throw new InvalidGraphException("The graph has a cycle through layer '" + child.layer().name()
                            + "'. A model's layers must form a directed acyclic graph; remove the connection that"
                            + " loops back.");
                }
                enter(child, networkNodes, layerIndices, inProgress);
                stack.push(child);
                positions.push(new int[] {0});
            } else {
                stack.pop();
                positions.pop();
                inProgress.remove(node);
                finished.add(node);
                postOrder.add(node);
            }
        }
    }

    private static void enter(Node node, Set<Node> networkNodes, Map<Layer, Integer> layerIndices,
            Set<Node> inProgress) {
        networkNodes.add(node);
        layerIndices.putIfAbsent(node.layer(), layerIndices.size());
        inProgress.add(node);
    }

    private static void checkConnected(List<KerasTensor> inputs, Map<Integer, List<Node>> nodesByDepth) {
        Set<KerasTensor> computable = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> reached = new ArrayList<>();
        for (KerasTensor input : inputs) {
            if (!(input.layer() instanceof InputLayer)) {
                throw new InvalidGraphException("Input tensors to a Functional must come from `Input`. Received: "
                        + input + ". Use the tensor returned by Input.of(...) as the model's input.");
            }
            computable.add(input);
        }
        for (List<Node> atDepth : nodesByDepth.values()) {
            for (Node node : atDepth) {
                if (!node.isInput()) {
                    for (KerasTensor t : node.inputTensors()) {
                        if (!computable.contains(t) && !isSameOutput(computable, t)) {
                            throw new InvalidGraphException("Graph disconnected: cannot obtain value for tensor "
                                    + t + " at layer \"" + t.layer().name() + "\". The following previous layers"
                                    + " were accessed without issue: " + namesOf(reached) + ". Add that layer's input to the"
                                    + " model's inputs, or connect it to one of them.");
                        }
                    }
                } else if (!computable.containsAll(node.outputTensors())) {
                    continue;
                }
                reached.add(node);
                computable.addAll(node.outputTensors());
            }
        }
    }

    private static List<String> namesOf(List<Node> nodes) {
        List<String> names = new ArrayList<>();
        for (Node node : nodes) {
            if (!names.contains(node.layer().name())) {
                names.add(node.layer().name());
            }
        }
        return names;
    }

    /** Tensors are identified by (layer, node, index); the same history counts as the same tensor. */
    private static boolean isSameOutput(Set<KerasTensor> computable, KerasTensor t) {
        Node node = t.node();
        return node != null && t.tensorIndex() < node.outputTensors().size()
                && computable.contains(node.outputTensors().get(t.tensorIndex()));
    }

    private static void checkUniqueNames(List<Layer> layers) {
        Map<String, Integer> counts = new HashMap<>();
        for (Layer layer : layers) {
            counts.merge(layer.name(), 1, Integer::sum);
        }
        Map<String, Integer> duplicates = new LinkedHashMap<>();
        for (Layer layer : layers) {
            if (counts.get(layer.name()) > 1) {
                duplicates.putIfAbsent(layer.name(), counts.get(layer.name()));
            }
        }
        if (!duplicates.isEmpty()) {
            Map.Entry<String, Integer> first = duplicates.entrySet().iterator().next();
            throw new InvalidGraphException("The name \"" + first.getKey() + "\" is used " + first.getValue()
                    + " times in the model. All layer names should be unique. Rename one of them.");
        }
    }
}
