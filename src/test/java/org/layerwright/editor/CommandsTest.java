package org.layerwright.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Shape;
import org.layerwright.editor.commands.ConnectCommand;
import org.layerwright.editor.commands.DisconnectCommand;
import org.layerwright.editor.commands.RemoveLayersCommand;
import org.layerwright.editor.commands.RenameLayerCommand;

class CommandsTest {

    @Test
    void removingALayerRemovesItsWiresInTheSameStep() {
        ModelDocument document = TestDocuments.sample();
        List<LayerNode> nodes = document.graph().nodes();
        List<Wire> wires = List.copyOf(document.graph().wires());
        String dense1 = TestDocuments.id(document, "dense_1");
        document.undoStack().execute(new RemoveLayersCommand(Set.of(dense1)));
        assertEquals(2, document.graph().wires().size());
        assertTrue(document.graph().wires().stream().noneMatch(w -> w.from().equals(dense1) || w.to().equals(dense1)));
        assertEquals("Layer 'dense_2' has no input.", document.analysis(TestDocuments.id(document, "dense_2"))
                .problem().what());
        document.undoStack().undo();
        assertEquals(nodes, document.graph().nodes());
        assertEquals(wires, document.graph().wires());
        assertNull(document.analysis(TestDocuments.id(document, "dense_2")).problem());
    }

    @Test
    void connectingATakenInputReplacesItsWireAndUndoBringsItBack() {
        ModelDocument document = TestDocuments.sample();
        String flatten = TestDocuments.id(document, "flatten");
        String dense2 = TestDocuments.id(document, "dense_2");
        List<Wire> wires = List.copyOf(document.graph().wires());
        document.undoStack().execute(new ConnectCommand(Wire.of(flatten, dense2)));
        assertEquals(1, document.graph().inputsOf(dense2).size());
        assertEquals(7_850, document.analysis(dense2).row().params());
        document.undoStack().undo();
        assertEquals(wires, document.graph().wires());
        assertEquals(2_570, document.analysis(dense2).row().params());
    }

    @Test
    void renamingALayerUpdatesItsConsumersConnectedTo() {
        ModelDocument document = TestDocuments.chain(2, 4);
        String first = TestDocuments.id(document, "dense");
        String second = TestDocuments.id(document, "dense_1");
        document.undoStack().execute(new RenameLayerCommand(first, "hidden"));
        assertEquals(List.of("hidden[0][0]"), document.analysis(second).row().connectedTo());
        assertEquals("hidden", document.analysis(first).row().name());
    }

    @Test
    void pastingMakesNewNamesAndKeepsTheWiresBetweenTheCopies() {
        ModelDocument document = TestDocuments.sample();
        Set<String> copied = Set.of(TestDocuments.id(document, "flatten_input"), TestDocuments.id(document,
                "flatten"));
        Fragment fragment = Fragment.copy(document.graph(), copied);
        CompositeCommand paste = fragment.pasteCommand(document, 30, 30);
        document.undoStack().execute(paste);
        List<String> added = Fragment.addedIds(paste);
        assertEquals(List.of("flatten_input_1", "flatten_1"), added.stream().map(id -> document.graph().node(id)
                .name()).toList());
        assertEquals(Shape.batched(784), document.analysis(added.get(1)).outputShapes().get(0));
        assertEquals(7, document.graph().size());
        document.undoStack().undo();
        assertEquals(5, document.graph().size());
    }

    @Test
    void groupingLayersMakesANestedModelWithTheSameShapesAndCounts() {
        ModelDocument document = TestDocuments.sample();
        Set<String> hidden = Set.of(TestDocuments.id(document, "dense"), TestDocuments.id(document, "dense_1"));
        GroupLayers.Result result = GroupLayers.plan(document, hidden, "hidden_block");
        assertNull(result.refusal());
        document.undoStack().execute(result.command());
        LayerNode group = document.graph().byName("hidden_block");
        assertNotNull(group);
        assertEquals("Functional", group.className());
        assertEquals(401_920 + 131_328, document.analysis(group.id()).row().params());
        assertEquals(Shape.batched(10), document.analysis(TestDocuments.id(document, "dense_2")).outputShapes()
                .get(0));
        assertEquals(535_818, ModelConversion.toModel(document).countParams());
        document.undoStack().undo();
        assertEquals(5, document.graph().size());
        assertNull(document.graph().byName("hidden_block"));
    }

    @Test
    void disconnectingAndUndoingRestoresTheWireAtItsPlace() {
        ModelDocument document = TestDocuments.sample();
        List<Wire> wires = List.copyOf(document.graph().wires());
        document.undoStack().execute(new DisconnectCommand(wires.get(1)));
        document.undoStack().undo();
        assertEquals(wires, document.graph().wires());
    }

    @Test
    void tidyLayoutPutsEachLayerBelowItsInput() {
        ModelDocument document = TestDocuments.sample();
        List<LayerNode> nodes = document.graph().nodes();
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(nodes.get(i).y() > nodes.get(i - 1).y());
            assertEquals(nodes.get(0).x(), nodes.get(i).x());
        }
    }
}
