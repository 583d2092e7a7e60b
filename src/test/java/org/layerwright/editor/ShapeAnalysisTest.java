package org.layerwright.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Shape;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.analysis.Problem;
import org.layerwright.editor.commands.AddLayerCommand;
import org.layerwright.editor.commands.ConnectCommand;
import org.layerwright.editor.commands.SetLayerArgumentCommand;

class ShapeAnalysisTest {

    @Test
    void theSampleGetsKerasShapesCountsAndFormulas() {
        ModelDocument document = TestDocuments.sample();
        NodeAnalysis dense = document.analysis(TestDocuments.id(document, "dense"));
        assertEquals(Shape.batched(512), dense.outputShapes().get(0));
        assertEquals(401_920, dense.row().params());
        assertEquals("512 × (784 + 1) = 401,920", dense.row().paramFormula());
        assertEquals(Shape.batched(784), document.analysis(TestDocuments.id(document, "flatten")).outputShapes()
                .get(0));
        assertEquals("(None, 10)", document.analysis(TestDocuments.id(document, "dense_2")).shapeText());
    }

    @Test
    void aBadWireShowsItsProblemOnTheNodeAndTheRestKeepsItsShapes() {
        ModelDocument document = TestDocuments.sample();
        LayerNode conv = LayerTemplates.newNode(document, "Conv2D", 0, 0);
        document.undoStack().execute(new AddLayerCommand(conv));
        document.undoStack().execute(new ConnectCommand(Wire.of(TestDocuments.id(document, "flatten_input"),
                conv.id())));

        Problem problem = document.analysis(conv.id()).problem();
        assertNotNull(problem);
        assertEquals("Layer 'conv2d' (Conv2D) cannot take input shape (None, 28, 28): expected rank 4 (batch, height,"
                + " width, channels), found rank 3.", problem.what());
        assertEquals("rank 4 (batch, height, width, channels)", problem.expected());
        assertTrue(problem.fix().startsWith("Add a channel axis first"), problem.fix());
        assertEquals("Reshape", problem.insert().className());
        assertEquals(401_920, document.analysis(TestDocuments.id(document, "dense")).row().params());
        assertEquals(Shape.batched(10), document.analysis(TestDocuments.id(document, "dense_2")).outputShapes()
                .get(0));
    }

    @Test
    void theSuggestedInsertionFixesTheNodeInOneUndoableStep() {
        ModelDocument document = TestDocuments.sample();
        LayerNode conv = LayerTemplates.newNode(document, "Conv2D", 0, 0);
        document.undoStack().execute(new AddLayerCommand(conv));
        document.undoStack().execute(new ConnectCommand(Wire.of(TestDocuments.id(document, "flatten_input"),
                conv.id())));
        document.undoStack().execute(QuickFixes.insertSuggested(document, conv.id()));
        NodeAnalysis fixed = document.analysis(conv.id());
        assertNull(fixed.problem());
        assertEquals(Shape.batched(26, 26, 32), fixed.outputShapes().get(0));
        assertEquals(320, fixed.row().params());
        document.undoStack().undo();
        assertNotNull(document.analysis(conv.id()).problem());
    }

    @Test
    void anInvalidArgumentBecomesTheNodesProblemAndItsConsumersWait() {
        ModelDocument document = TestDocuments.sample();
        String dense = TestDocuments.id(document, "dense");
        document.undoStack().execute(new SetLayerArgumentCommand(dense, "units", 0));
        Problem problem = document.analysis(dense).problem();
        assertEquals("Invalid value for `units` of Dense: expected a positive integer, received units=0. Use 1 or"
                + " more.", problem.what());
        assertEquals("a positive integer", problem.expected());
        NodeAnalysis next = document.analysis(TestDocuments.id(document, "dense_1"));
        assertNull(next.problem());
        assertNull(next.outputShapes());
        assertEquals(Shape.batched(784), document.analysis(TestDocuments.id(document, "flatten")).outputShapes()
                .get(0));
    }

    @Test
    void aLoopIsAProblemNotAnException() {
        ModelDocument document = TestDocuments.chain(3, 8);
        String first = TestDocuments.id(document, "dense");
        String last = TestDocuments.id(document, "dense_2");
        document.undoStack().execute(new ConnectCommand(new Wire(last, 0, first, 1)));
        assertTrue(document.analysis(first).problem().what().contains("part of a loop"));
        assertTrue(document.analysis(last).problem().what().contains("part of a loop"));
        document.undoStack().undo();
        assertNull(document.analysis(first).problem());
        assertEquals(Shape.batched(8), document.analysis(last).outputShapes().get(0));
    }

    @Test
    void changingOneDenseReevaluatesOnlyItAndItsConsumer() {
        ModelDocument document = TestDocuments.chain(1_000, 16);
        String middle = TestDocuments.id(document, "dense_499");
        long before = document.evaluations();
        document.undoStack().execute(new SetLayerArgumentCommand(middle, "units", 32));
        assertEquals(2, document.evaluations() - before);
        assertEquals(32 * 17, document.analysis(middle).row().params());
        assertEquals(16 * 33, document.analysis(TestDocuments.id(document, "dense_500")).row().params());
    }

    @Test
    void theChangeEventNamesTheNodesWhoseRowsChanged() {
        ModelDocument document = TestDocuments.chain(5, 16);
        String second = TestDocuments.id(document, "dense_1");
        Set<String>[] seen = new Set[1];
        document.addListener(change -> seen[0] = change.changedNodes());
        document.undoStack().execute(new SetLayerArgumentCommand(second, "units", 4));
        assertEquals(Set.of(second, TestDocuments.id(document, "dense_2")), seen[0]);
    }
}
