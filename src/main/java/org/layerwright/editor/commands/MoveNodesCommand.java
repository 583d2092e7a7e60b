package org.layerwright.editor.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.editor.Command;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.LayerNode;

/**
 * Moves nodes to new positions. Moves made by one drag gesture (same gesture number) merge into one step, so a
 * drag is undone at once.
 */
public final class MoveNodesCommand implements Command {
    /** A position on the canvas. */
    public record Point(double x, double y) {
    }

    private final Map<String, Point> targets;
    private final long gesture;
    private final Map<String, Point> origins = new LinkedHashMap<>();

    /** Moves nodes; {@code gesture} identifies the drag (0 = never merge). */
    public MoveNodesCommand(Map<String, Point> targets, long gesture) {
        this.targets = new LinkedHashMap<>(targets);
        this.gesture = gesture;
    }

    @Override
    public void execute(LayerGraph graph) {
        for (Map.Entry<String, Point> e : targets.entrySet()) {
            LayerNode node = graph.node(e.getKey());
            origins.putIfAbsent(e.getKey(), new Point(node.x(), node.y()));
            graph.replaceNode(node.at(e.getValue().x(), e.getValue().y()));
        }
    }

    @Override
    public void undo(LayerGraph graph) {
        for (Map.Entry<String, Point> e : origins.entrySet()) {
            graph.replaceNode(graph.node(e.getKey()).at(e.getValue().x(), e.getValue().y()));
        }
    }

    @Override
    public String description() {
        return "Move";
    }

    @Override
    public Command mergeWith(Command next) {
        if (gesture != 0 && next instanceof MoveNodesCommand other && other.gesture == gesture) {
            MoveNodesCommand merged = new MoveNodesCommand(targets, gesture);
            merged.targets.putAll(other.targets);
            merged.origins.putAll(origins);
            for (Map.Entry<String, Point> e : other.origins.entrySet()) {
                merged.origins.putIfAbsent(e.getKey(), e.getValue());
            }
            return merged;
        }
        return null;
    }
}
