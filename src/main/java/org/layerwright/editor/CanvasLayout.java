package org.layerwright.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.editor.commands.MoveNodesCommand.Point;

/**
 * The canvas layout as Layerwright stores it inside a Keras file: a top-level key that Keras ignores (its
 * {@code model_from_json} reads only {@code class_name} and {@code config}), holding each node's position keyed
 * by layer name.
 *
 * <pre>{@code
 * {"class_name": "Sequential", "config": {...}, "keras_version": "2.6.0", "backend": "tensorflow",
 *  "layerwright": {"version": 1, "layout": {"dense": [40.0, 148.0], ...}}}
 * }</pre>
 */
public final class CanvasLayout {
    /** The top-level key of a Keras file that holds Layerwright's own data. */
    public static final String KEY = "layerwright";
    /** The version of the layout record this class writes. */
    public static final int VERSION = 1;

    private CanvasLayout() {
    }

    /** The value of the {@link #KEY} entry for a document: its version and every node's position. */
    public static Map<String, Object> toExtra(ModelDocument document) {
        Map<String, Object> layout = new LinkedHashMap<>();
        for (LayerNode node : document.graph().nodes()) {
            layout.put(node.name(), new ArrayList<>(List.of(node.x(), node.y())));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("version", VERSION);
        extra.put("layout", layout);
        return extra;
    }

    /**
     * The positions by layer name in a {@link #KEY} entry as read from a file; entries that are not a pair of
     * numbers are left out (the node then keeps its tidy position), and anything else gives an empty map.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Point> positions(Object extra) {
        Map<String, Point> out = new LinkedHashMap<>();
        if (!(extra instanceof Map) || !(((Map<String, Object>) extra).get("layout") instanceof Map)) {
            return out;
        }
        Map<String, Object> layout = (Map<String, Object>) ((Map<String, Object>) extra).get("layout");
        for (Map.Entry<String, Object> e : layout.entrySet()) {
            if (e.getValue() instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof Number x
                    && pair.get(1) instanceof Number y) {
                out.put(e.getKey(), new Point(x.doubleValue(), y.doubleValue()));
            }
        }
        return out;
    }

    /**
     * The same model with the nodes named in {@code positions} placed there (others keep their places), as a new
     * document with a fresh undo history; the document itself when {@code positions} is empty.
     */
    public static ModelDocument apply(ModelDocument document, Map<String, Point> positions) {
        if (positions.isEmpty()) {
            return document;
        }
        ModelDocument placed = new ModelDocument(document.modelName(), document.sequential());
        List<LayerNode> nodes = new ArrayList<>();
        for (LayerNode node : document.graph().nodes()) {
            Point p = positions.get(node.name());
            nodes.add(p == null ? node : node.at(p.x(), p.y()));
        }
        // Ids are kept; newId() skips ids the graph already holds, so later additions cannot collide.
        placed.load(nodes, document.graph().wires());
        return placed;
    }
}
