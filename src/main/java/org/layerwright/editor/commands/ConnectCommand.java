package org.layerwright.editor.commands;

import org.layerwright.editor.Command;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.Wire;

/**
 * Wires an output to an input. An input port takes one wire, so a wire already plugged into the same input is
 * replaced (and comes back on undo). Whether the shapes fit is the analysis's business: a misfit shows on the node.
 */
public final class ConnectCommand implements Command {
    private final Wire wire;
    private Wire replaced;
    private int replacedIndex = -1;

    public ConnectCommand(Wire wire) {
        this.wire = wire;
    }

    public Wire wire() {
        return wire;
    }

    @Override
    public void execute(LayerGraph graph) {
        replaced = null;
        for (Wire existing : graph.inputsOf(wire.to())) {
            if (existing.toPort() == wire.toPort()) {
                replaced = existing;
                replacedIndex = graph.removeWire(existing);
            }
        }
        graph.insertWire(graph.wires().size(), wire);
    }

    @Override
    public void undo(LayerGraph graph) {
        graph.removeWire(wire);
        if (replaced != null) {
            graph.insertWire(replacedIndex, replaced);
        }
    }

    @Override
    public String description() {
        return "Connect";
    }
}
