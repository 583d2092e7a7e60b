package org.layerwright.editor.commands;

import org.layerwright.editor.Command;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.LayerNode;

/** Adds a layer node (at the end of the document order, or at a given index). */
public final class AddLayerCommand implements Command {
    private final LayerNode node;
    private final int index;

    /** Adds the node at the end. */
    public AddLayerCommand(LayerNode node) {
        this(node, -1);
    }

    /** Adds the node at an index of the document order; -1 for the end. */
    public AddLayerCommand(LayerNode node, int index) {
        this.node = node;
        this.index = index;
    }

    public LayerNode node() {
        return node;
    }

    @Override
    public void execute(LayerGraph graph) {
        graph.insertNode(index < 0 ? graph.size() : index, node);
    }

    @Override
    public void undo(LayerGraph graph) {
        graph.removeNode(node.id());
    }

    @Override
    public String description() {
        return "Add " + node.name();
    }
}
