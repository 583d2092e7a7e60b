package org.layerwright.editor.commands;

import org.layerwright.editor.Command;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.Wire;

/** Removes one wire. */
public final class DisconnectCommand implements Command {
    private final Wire wire;
    private int index = -1;

    public DisconnectCommand(Wire wire) {
        this.wire = wire;
    }

    @Override
    public void execute(LayerGraph graph) {
        index = graph.removeWire(wire);
    }

    @Override
    public void undo(LayerGraph graph) {
        if (index >= 0) {
            graph.insertWire(index, wire);
        }
    }

    @Override
    public String description() {
        return "Disconnect";
    }
}
