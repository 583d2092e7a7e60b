package org.layerwright.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerwright.core.config.PythonJson;
import org.layerwright.editor.commands.MoveNodesCommand.Point;
import org.layerwright.io.Models;

class CanvasLayoutTest {
    @Test
    void positionsSurviveJsonExactly() {
        ModelDocument document = TestDocuments.sample();
        String dense = document.graph().byName("dense").id();
        document.undoStack().execute(new org.layerwright.editor.commands.MoveNodesCommand(Map.of(dense,
                new Point(0.1 + 0.2, -17.000000000000004)), 1));
        String json = PythonJson.dumps(Map.of("layerwright", CanvasLayout.toExtra(document)));
        Map<String, Point> read = CanvasLayout.positions(Models.parseJson(json, "test").get("layerwright"));
        assertEquals(new Point(0.1 + 0.2, -17.000000000000004), read.get("dense"));
        ModelDocument placed = CanvasLayout.apply(ModelConversion.fromKerasConfig(ModelConversion.toKerasConfig(
                document)), read);
        for (LayerNode node : document.graph().nodes()) {
            LayerNode back = placed.graph().byName(node.name());
            assertEquals(node.x(), back.x());
            assertEquals(node.y(), back.y());
        }
        assertEquals(document.graph().wires().size(), placed.graph().wires().size());
    }

    @Test
    void malformedEntriesAreIgnoredAndAnEmptyLayoutKeepsTheDocument() {
        Map<String, Point> read = CanvasLayout.positions(Map.of("version", 1, "layout", Map.of("a", List.of(1, 2),
                "b", List.of("x", 2), "c", List.of(1), "d", "here")));
        assertEquals(Map.of("a", new Point(1, 2)), read);
        assertEquals(Map.of(), CanvasLayout.positions("not a map"));
        ModelDocument document = TestDocuments.sample();
        assertSame(document, CanvasLayout.apply(document, Map.of()));
    }
}
