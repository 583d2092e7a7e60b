package org.layerwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerwright.app.canvas.CanvasView;
import org.layerwright.app.canvas.NodeView;
import org.layerwright.app.summary.SummaryLine;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;
import org.layerwright.core.Keras;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.TestDocuments;
import org.layerwright.io.Models;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless (Monocle), with the bundled MNIST sample open. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private MainViewModel main;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Keras.clearSession();
        main = new MainViewModel(TestDocuments.sample());
        window = TestWindows.show(stage, main);
    }

    private CanvasView canvas() {
        return window.canvas();
    }

    private NodeView node(String name) {
        return canvas().nodeView(TestDocuments.id(main.document(), name));
    }

    /** The screen point of a port of a node: output ports at the bottom edge, inputs at the top. */
    private Point2D port(NodeView view, boolean output) {
        javafx.scene.shape.Circle circle = output ? view.outputPorts().get(0) : view.inputPorts().get(0);
        return circle.localToScreen(circle.getCenterX(), circle.getCenterY());
    }

    private List<SummaryLine> lines() {
        TreeTableView<?> table = (TreeTableView<?>) window.lookup("#summary-table");
        return table.getRoot().getChildren().stream().map(item -> (SummaryLine) item.getValue()).toList();
    }

    @Test
    void dragDenseFromThePaletteWireItChangeUnitsThenUndoAndRedo(FxRobot robot) {
        robot.interact(() -> canvas().zoomBy(0.8, 0, 0));
        Point2D drop = canvas().localToScreen(canvas().getWidth() - 150, canvas().getHeight() - 60);
        robot.drag("#palette-Dense", MouseButton.PRIMARY).dropTo(drop);
        WaitForAsyncUtils.waitForFxEvents();
        LayerNode added = main.document().graph().byName("dense_3");
        assertNotNull(added, "the palette drop adds a Dense");
        NodeView addedView = canvas().nodeView(added.id());

        robot.drag(port(node("dense_2"), true), MouseButton.PRIMARY).dropTo(port(addedView, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, main.document().graph().inputsOf(added.id()).size(), "the wire was made");
        assertEquals("dense_3 (Dense)", lines().get(5).layer());
        assertEquals("352", lines().get(5).params());
        Label total = robot.lookup("#summary-total").queryAs(Label.class);
        assertEquals("Total params: 536,170", total.getText());

        robot.clickOn(addedView);
        TextField units = robot.lookup("#arg-units").queryAs(TextField.class);
        robot.doubleClickOn(units).eraseText(units.getText().length()).write("100").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("(None, 100)", lines().get(5).shape());
        assertEquals("1,100", lines().get(5).params());
        assertEquals("Total params: 536,918", total.getText());
        assertEquals("1,100 params", robot.lookup("#node-dense_3 .node-params").queryAs(Label.class).getText());

        // Ctrl+Z inside the text field undoes typing; on the canvas it undoes the last edit.
        robot.clickOn(canvas().localToScreen(20, 20));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Total params: 536,170", total.getText());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Total params: 536,918", total.getText());
    }

    @Test
    void aBadWireShowsItsProblemOnTheNode(FxRobot robot) {
        robot.interact(() -> main.addLayer("Conv2D", node("flatten").getLayoutX() + 300,
                node("flatten").getLayoutY()));
        NodeView conv = node("conv2d");
        robot.drag(port(node("flatten_input"), true), MouseButton.PRIMARY).dropTo(port(conv, false));
        WaitForAsyncUtils.waitForFxEvents();
        Node card = conv.lookup(".node-card");
        assertTrue(card.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("problem")));
        String problem = conv.model().problemProperty().get();
        assertTrue(problem.startsWith("Layer 'conv2d' (Conv2D) cannot take input shape (None, 28, 28)"), problem);
        javafx.scene.control.ListView<?> problems = robot.lookup("#problems").queryAs(
                javafx.scene.control.ListView.class);
        assertEquals(1, problems.getItems().size());
        assertEquals("(None, 10)", robot.lookup("#node-dense_2 .node-shape").queryAs(Label.class).getText());
    }

    @Test
    void copyAsKerasTextPutsTheExactSummaryOnTheClipboard(FxRobot robot) throws Exception {
        robot.clickOn("#copy-keras-text");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#copy-status").queryAs(Label.class)
                .getText().startsWith("Copied"));
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(Models.modelFromJson(TestDocuments.resource(TestDocuments.SAMPLE)).summaryText(), copied);
    }

    @Test
    void deleteRemovesTheSelectedLayerAndCtrlZBringsItBack(FxRobot robot) {
        robot.interact(() -> canvas().fitToView());
        robot.clickOn(node("dense_1"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, lines().size());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, lines().size());
        assertEquals("131,328", lines().get(3).params());
    }

    @Test
    void shortcutsSelectAllCopyPasteAndF2FocusesTheName(FxRobot robot) {
        robot.interact(() -> canvas().fitToView());
        robot.clickOn(node("dense_2"));
        robot.type(KeyCode.F2);
        TextField name = robot.lookup("#arg-name").queryAs(TextField.class);
        assertTrue(name.isFocused());
        robot.write("logits").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("logits (Dense)", lines().get(4).layer());

        robot.clickOn(canvas().localToScreen(20, 20));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertEquals(5, main.selection().size());
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, lines().size());
        // Pasted copies take the first free names: 'dense_2' is free again since the rename.
        assertEquals("dense_2 (Dense)", lines().get(7).layer());
        assertEquals("401,920", lines().get(7).params());
        assertEquals("logits_1 (Dense)", lines().get(9).layer());
    }

    @Test
    void doubleClickingInThePaletteAppendsAfterTheSelection(FxRobot robot) {
        robot.interact(() -> canvas().fitToView());
        robot.clickOn(node("dense_2"));
        robot.clickOn("#palette-search").write("Softmax");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#palette-Softmax");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("softmax (Softmax)", lines().get(5).layer());
        assertEquals("(None, 10)", lines().get(5).shape());
        assertEquals("dense_2[0][0]", lines().get(5).connected());
    }

    @Test
    void clickingAWireAndPressingDeleteDisconnectsIt(FxRobot robot) {
        robot.interact(() -> canvas().fitToView());
        Point2D from = port(node("dense"), true);
        Point2D to = port(node("dense_1"), false);
        robot.clickOn(new Point2D(from.getX(), (from.getY() + to.getY()) / 2));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, main.document().graph().wires().size());
        assertTrue(node("dense_1").model().problemProperty().get().startsWith("Layer 'dense_1' has no input."));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, main.document().graph().wires().size());
    }
}
