package org.layerwright.editor;

import java.util.List;

/** Several commands as one undo step; undone in reverse order. */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    /** The commands, in execution order. */
    public List<Command> parts() {
        return parts;
    }

    @Override
    public void execute(LayerGraph graph) {
        for (Command part : parts) {
            part.execute(graph);
        }
    }

    @Override
    public void undo(LayerGraph graph) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(graph);
        }
    }

    @Override
    public String description() {
        return description;
    }
}
