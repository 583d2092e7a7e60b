package org.layerwright.editor.commands;

import org.layerwright.editor.Command;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.LayerNode;

/**
 * Sets one Keras argument of a layer ({@code units}, {@code padding}, ...). An invalid value is accepted here and
 * shown as the node's problem; the inspector refuses it earlier. Successive changes of the same argument of the
 * same layer (typing) merge into one step.
 */
public final class SetLayerArgumentCommand implements Command {
    private final String id;
    private final String key;
    private final Object value;
    private LayerNode before;

    public SetLayerArgumentCommand(String id, String key, Object value) {
        this.id = id;
        this.key = key;
        this.value = value;
    }

    private SetLayerArgumentCommand(String id, String key, Object value, LayerNode before) {
        this(id, key, value);
        this.before = before;
    }

    @Override
    public void execute(LayerGraph graph) {
        LayerNode current = graph.node(id);
        if (before == null) {
            before = current;
        }
        graph.replaceNode(current.withArgument(key, value));
    }

    @Override
    public void undo(LayerGraph graph) {
        LayerNode current = graph.node(id);
        graph.replaceNode(new LayerNode(id, before.className(), before.config(), current.x(), current.y()));
    }

    @Override
    public String description() {
        return "Set " + key;
    }

    @Override
    public Command mergeWith(Command next) {
        if (next instanceof SetLayerArgumentCommand other && other.id.equals(id) && other.key.equals(key)) {
            return new SetLayerArgumentCommand(id, key, other.value, before);
        }
        return null;
    }
}
