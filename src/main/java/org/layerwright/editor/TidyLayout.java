package org.layerwright.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.editor.commands.MoveNodesCommand;
import org.layerwright.editor.commands.MoveNodesCommand.Point;

/**
 * A layered, top-to-bottom layout: each node sits one row below its deepest input (longest path from an input),
 * nodes of a row side by side in document order, rows centred on one axis.
 */
public final class TidyLayout {
    /** Width of a node on the canvas. */
    public static final double NODE_WIDTH = 220;
    /** Height of a node on the canvas. */
    public static final double NODE_HEIGHT = 72;
    private static final double COLUMN_GAP = 40;
    private static final double ROW_GAP = 36;
    private static final double MARGIN = 40;

    private TidyLayout() {
    }

    /** The tidy position of every node. */
    public static Map<String, Point> positions(LayerGraph graph) {
        Map<String, Integer> depth = depths(graph);
        Map<Integer, List<String>> rows = new java.util.TreeMap<>();
        for (String id : graph.ids()) {
            rows.computeIfAbsent(depth.get(id), k -> new ArrayList<>()).add(id);
        }
        int widest = 1;
        for (List<String> row : rows.values()) {
            widest = Math.max(widest, row.size());
        }
        double axis = MARGIN + widest * (NODE_WIDTH + COLUMN_GAP) / 2;
        Map<String, Point> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<String>> row : rows.entrySet()) {
            List<String> ids = row.getValue();
            double left = axis - ids.size() * (NODE_WIDTH + COLUMN_GAP) / 2 + COLUMN_GAP / 2;
            double y = MARGIN + row.getKey() * (NODE_HEIGHT + ROW_GAP);
            for (int i = 0; i < ids.size(); i++) {
                out.put(ids.get(i), new Point(left + i * (NODE_WIDTH + COLUMN_GAP), y));
            }
        }
        return out;
    }

    /** The command that moves every node to its tidy position (one undo step). */
    public static MoveNodesCommand command(LayerGraph graph) {
        return new MoveNodesCommand(positions(graph), 0);
    }

    /** Longest path from a node without inputs; nodes on loops get the depth reached before the loop. */
    private static Map<String, Integer> depths(LayerGraph graph) {
        Map<String, Integer> depth = new HashMap<>();
        Map<String, Integer> missing = new HashMap<>();
        java.util.ArrayDeque<String> ready = new java.util.ArrayDeque<>();
        for (String id : graph.ids()) {
            int inputs = graph.inputsOf(id).size();
            missing.put(id, inputs);
            depth.put(id, 0);
            if (inputs == 0) {
                ready.add(id);
            }
        }
        while (!ready.isEmpty()) {
            String id = ready.poll();
            for (Wire wire : graph.outputsOf(id)) {
                depth.merge(wire.to(), depth.get(id) + 1, Math::max);
                if (missing.merge(wire.to(), -1, Integer::sum) == 0) {
                    ready.add(wire.to());
                }
            }
        }
        return depth;
    }
}
