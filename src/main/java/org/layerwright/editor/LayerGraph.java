package org.layerwright.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layer graph of a document: nodes in summary order and wires. Commands mutate it through these methods,
 * which also note which nodes need their shapes recomputed, so the analysis can work incrementally.
 */
public final class LayerGraph {
    private final List<String> order = new ArrayList<>();
    private final Map<String, LayerNode> nodes = new HashMap<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final List<Wire> wires = new ArrayList<>();
    private final Map<String, List<Wire>> wiresInto = new HashMap<>();
    private final Map<String, List<Wire>> wiresOutOf = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private boolean structureChanged;

    /** The node with this id, or null. */
    public LayerNode node(String id) {
        return nodes.get(id);
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** The nodes in document (summary) order. */
    public List<LayerNode> nodes() {
        List<LayerNode> out = new ArrayList<>(order.size());
        for (String id : order) {
            out.add(nodes.get(id));
        }
        return out;
    }

    /** Node ids in document order. */
    public List<String> ids() {
        return Collections.unmodifiableList(order);
    }

    public int size() {
        return order.size();
    }

    public int indexOf(String id) {
        return order.indexOf(id);
    }

    /** All wires, in the order they were made. */
    public List<Wire> wires() {
        return Collections.unmodifiableList(wires);
    }

    /** The wires into a node, by input port. */
    public List<Wire> inputsOf(String id) {
        List<Wire> in = new ArrayList<>(wiresInto.getOrDefault(id, List.of()));
        in.sort(Comparator.comparingInt(Wire::toPort));
        return in;
    }

    /** The wires out of a node. */
    public List<Wire> outputsOf(String id) {
        return Collections.unmodifiableList(wiresOutOf.getOrDefault(id, List.of()));
    }

    /** True when some node has this layer name. */
    public boolean hasName(String name) {
        return nameCounts.containsKey(name);
    }

    private void countName(String name, int delta) {
        nameCounts.merge(name, delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** The node with a given layer name, or null. */
    public LayerNode byName(String name) {
        for (String id : order) {
            LayerNode node = nodes.get(id);
            if (node.name().equals(name)) {
                return node;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ mutations (commands only)

    /** Inserts a node at an index of the document order. */
    public void insertNode(int index, LayerNode node) {
        if (nodes.containsKey(node.id())) {
            throw new IllegalStateException("Node " + node.id() + " is already in the graph.");
        }
        order.add(index, node.id());
        nodes.put(node.id(), node);
        countName(node.name(), 1);
        dirty.add(node.id());
        touched.add(node.id());
        structureChanged = true;
    }

    /** Removes a node that has no wires left; returns its index in document order. */
    public int removeNode(String id) {
        if (!wiresInto.getOrDefault(id, List.of()).isEmpty() || !wiresOutOf.getOrDefault(id, List.of()).isEmpty()) {
            throw new IllegalStateException("Remove the wires of " + id + " before the node.");
        }
        int index = order.indexOf(id);
        order.remove(index);
        countName(nodes.remove(id).name(), -1);
        dirty.remove(id);
        touched.add(id);
        structureChanged = true;
        return index;
    }

    /** Replaces a node by a node with the same id (new config, name or position). */
    public void replaceNode(LayerNode node) {
        LayerNode old = nodes.put(node.id(), node);
        if (old == null) {
            throw new IllegalStateException("Node " + node.id() + " is not in the graph.");
        }
        touched.add(node.id());
        countName(old.name(), -1);
        countName(node.name(), 1);
        if (!old.config().equals(node.config()) || !old.className().equals(node.className())) {
            dirty.add(node.id());
            if (!old.name().equals(node.name())) {
                // Consumers print this layer's name in their "Connected to" column.
                for (Wire w : outputsOf(node.id())) {
                    dirty.add(w.to());
                }
            }
        }
    }

    /** Adds a wire at an index of the wire list. */
    public void insertWire(int index, Wire wire) {
        wires.add(index, wire);
        wiresInto.computeIfAbsent(wire.to(), k -> new ArrayList<>()).add(wire);
        wiresOutOf.computeIfAbsent(wire.from(), k -> new ArrayList<>()).add(wire);
        dirty.add(wire.to());
        touched.add(wire.to());
        touched.add(wire.from());
        structureChanged = true;
    }

    /** Removes a wire; returns its index, or -1 when it was not there. */
    public int removeWire(Wire wire) {
        int index = wires.indexOf(wire);
        if (index < 0) {
            return -1;
        }
        wires.remove(index);
        wiresInto.get(wire.to()).remove(wire);
        wiresOutOf.get(wire.from()).remove(wire);
        if (nodes.containsKey(wire.to())) {
            dirty.add(wire.to());
        }
        touched.add(wire.to());
        touched.add(wire.from());
        structureChanged = true;
        return index;
    }

    // ------------------------------------------------------------------ change tracking

    /** The nodes touched since the last call, and whether wires or nodes came or went; then forgets both. */
    Changes drainChanges() {
        Changes changes = new Changes(new LinkedHashSet<>(dirty), new LinkedHashSet<>(touched), structureChanged);
        dirty.clear();
        touched.clear();
        structureChanged = false;
        return changes;
    }

    /** What a batch of mutations touched: nodes to re-analyse, nodes changed in any way, structure. */
    record Changes(Set<String> dirty, Set<String> touched, boolean structureChanged) {
    }
}
