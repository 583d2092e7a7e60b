package org.layerwright.editor.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.layerwright.editor.Command;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.Wire;

/** Removes layers and every wire touching them, as one step; undo puts nodes and wires back where they were. */
public final class RemoveLayersCommand implements Command {
    private final Set<String> ids;
    private final List<LayerNode> removedNodes = new ArrayList<>();
    private final List<Integer> nodeIndices = new ArrayList<>();
    private final List<Wire> removedWires = new ArrayList<>();
    private final List<Integer> wireIndices = new ArrayList<>();

    public RemoveLayersCommand(Set<String> ids) {
        this.ids = new LinkedHashSet<>(ids);
    }

    @Override
    public void execute(LayerGraph graph) {
        removedNodes.clear();
        nodeIndices.clear();
        removedWires.clear();
        wireIndices.clear();
        List<Wire> all = graph.wires();
        for (int i = all.size() - 1; i >= 0; i--) {
            Wire wire = all.get(i);
            if (ids.contains(wire.from()) || ids.contains(wire.to())) {
                removedWires.add(wire);
                wireIndices.add(graph.removeWire(wire));
            }
        }
        List<String> order = new ArrayList<>(graph.ids());
        for (int i = order.size() - 1; i >= 0; i--) {
            String id = order.get(i);
            if (ids.contains(id)) {
                removedNodes.add(graph.node(id));
                nodeIndices.add(graph.removeNode(id));
            }
        }
    }

    @Override
    public void undo(LayerGraph graph) {
        for (int i = removedNodes.size() - 1; i >= 0; i--) {
            graph.insertNode(nodeIndices.get(i), removedNodes.get(i));
        }
        for (int i = removedWires.size() - 1; i >= 0; i--) {
            graph.insertWire(wireIndices.get(i), removedWires.get(i));
        }
    }

    @Override
    public String description() {
        return ids.size() == 1 ? "Delete layer" : "Delete " + ids.size() + " layers";
    }
}
