package org.layerwright.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerwright.editor.commands.MoveNodesCommand;
import org.layerwright.editor.commands.MoveNodesCommand.Point;
import org.layerwright.editor.commands.RenameLayerCommand;
import org.layerwright.editor.commands.SetLayerArgumentCommand;

class UndoStackTest {

    @Test
    void undoAndRedoRevertAndReapplyAndEveryChangeRaisesTheRevision() {
        ModelDocument document = TestDocuments.sample();
        UndoStack stack = document.undoStack();
        List<Long> published = new ArrayList<>();
        stack.addListener(published::add);
        long start = document.revision();
        String dense = TestDocuments.id(document, "dense");

        stack.execute(new SetLayerArgumentCommand(dense, "units", 100));
        assertEquals(100, document.graph().node(dense).config().get("units"));
        assertTrue(stack.undo());
        assertEquals(512, document.graph().node(dense).config().get("units"));
        assertTrue(stack.redo());
        assertEquals(100, document.graph().node(dense).config().get("units"));

        assertEquals(List.of(start + 1, start + 2, start + 3), published);
        assertFalse(stack.redo());
    }

    @Test
    void movesOfOneDragMergeIntoOneStep() {
        ModelDocument document = TestDocuments.sample();
        String dense = TestDocuments.id(document, "dense");
        LayerNode before = document.graph().node(dense);
        UndoStack stack = document.undoStack();
        for (int i = 1; i <= 10; i++) {
            stack.execute(new MoveNodesCommand(Map.of(dense, new Point(before.x() + i, before.y() + i)), 7));
        }
        assertEquals(before.x() + 10, document.graph().node(dense).x());
        assertTrue(stack.undo());
        assertEquals(before.x(), document.graph().node(dense).x());
        assertEquals(before.y(), document.graph().node(dense).y());
        assertFalse(stack.canUndo());
    }

    @Test
    void typingIntoOneArgumentMergesButOtherArgumentsDoNot() {
        ModelDocument document = TestDocuments.sample();
        String dense = TestDocuments.id(document, "dense");
        UndoStack stack = document.undoStack();
        stack.execute(new SetLayerArgumentCommand(dense, "units", 1));
        stack.execute(new SetLayerArgumentCommand(dense, "units", 12));
        stack.execute(new SetLayerArgumentCommand(dense, "units", 128));
        stack.execute(new SetLayerArgumentCommand(dense, "activation", "tanh"));
        stack.undo();
        assertEquals(128, document.graph().node(dense).config().get("units"));
        stack.undo();
        assertEquals(512, document.graph().node(dense).config().get("units"));
        assertFalse(stack.canUndo());
    }

    @Test
    void theSavedPositionIsMarkedAndSurvivesUndoAndRedo() {
        ModelDocument document = TestDocuments.sample();
        UndoStack stack = document.undoStack();
        String dense = TestDocuments.id(document, "dense");
        assertTrue(stack.isAtSavedPosition());
        stack.execute(new RenameLayerCommand(dense, "hidden"));
        assertFalse(stack.isAtSavedPosition());
        stack.markSaved();
        assertTrue(stack.isAtSavedPosition());
        // An edit right after saving is a new step, not merged into the saved one.
        stack.execute(new SetLayerArgumentCommand(dense, "units", 64));
        stack.execute(new SetLayerArgumentCommand(dense, "units", 65));
        assertFalse(stack.isAtSavedPosition());
        stack.undo();
        assertTrue(stack.isAtSavedPosition());
        stack.undo();
        assertFalse(stack.isAtSavedPosition());
        stack.redo();
        assertTrue(stack.isAtSavedPosition());
    }

    @Test
    void aCommandStartedFromAChangeListenerIsRefused() {
        ModelDocument document = TestDocuments.sample();
        String dense = TestDocuments.id(document, "dense");
        List<String> refusals = new ArrayList<>();
        document.addListener(change -> {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> document.undoStack().execute(new RenameLayerCommand(dense, "again")));
            refusals.add(refused.getMessage());
        });
        document.undoStack().execute(new RenameLayerCommand(dense, "hidden"));
        assertEquals(List.of("Cannot start \"Rename to again\" while another edit is being applied; run commands"
                + " from user actions, not from change listeners."), refusals);
        assertEquals("hidden", document.graph().node(dense).name());
    }
}
