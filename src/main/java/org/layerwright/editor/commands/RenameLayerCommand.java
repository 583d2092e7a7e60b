package org.layerwright.editor.commands;

import org.layerwright.editor.Command;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.LayerNode;

/** Renames a layer (its config's {@code name}). */
public final class RenameLayerCommand implements Command {
    private final String id;
    private final String newName;
    private String oldName;

    public RenameLayerCommand(String id, String newName) {
        this.id = id;
        this.newName = newName;
    }

    @Override
    public void execute(LayerGraph graph) {
        LayerNode node = graph.node(id);
        oldName = node.name();
        graph.replaceNode(node.withName(newName));
    }

    @Override
    public void undo(LayerGraph graph) {
        graph.replaceNode(graph.node(id).withName(oldName));
    }

    @Override
    public String description() {
        return "Rename to " + newName;
    }
}
