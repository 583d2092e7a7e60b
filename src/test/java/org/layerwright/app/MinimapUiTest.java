package org.layerwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerwright.app.canvas.CanvasView;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;
import org.layerwright.core.Keras;
import org.layerwright.editor.TestDocuments;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minimap: hidden while the whole graph is in view, shown once part of it is not, and a click moves the view. */
@ExtendWith(ApplicationExtension.class)
class MinimapUiTest {
    private MainViewModel main;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Keras.clearSession();
        main = new MainViewModel(TestDocuments.chain(20, 16));
        window = TestWindows.show(stage, main);
    }

    private CanvasView canvas() {
        return window.canvas();
    }

    private Node minimap() {
        return window.lookup("#minimap");
    }

    @Test
    void appearsWhenTheGraphLeavesTheViewAndAClickThereMovesTheView(FxRobot robot) {
        robot.interact(() -> {
            main.tidyLayout();
            canvas().fitToView(0.05);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(minimap().isVisible(), "21 layers zoomed out to fit: nothing is out of view, no minimap");

        robot.interact(() -> canvas().fitToView(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(minimap().isVisible(), "at 100 % the chain runs off the bottom: the minimap shows");

        double panBefore = canvas().toWorld(0, 0).getY();
        Point2D nearBottom = minimap().localToScreen(minimap().getBoundsInLocal().getWidth() / 2,
                minimap().getBoundsInLocal().getHeight() - 8);
        robot.clickOn(nearBottom);
        WaitForAsyncUtils.waitForFxEvents();
        double panAfter = canvas().toWorld(0, 0).getY();
        assertTrue(panAfter > panBefore + 1000, "a click near the minimap's bottom shows the end of the chain: top "
                + "of the view went from y=" + panBefore + " to y=" + panAfter);
        assertEquals(1.0, canvas().zoom(), 1e-9, "the minimap pans; it does not zoom");
        assertTrue(main.selection().isEmpty() || main.selection().size() == 1,
                "a click on the minimap does not start a rubber band over the canvas");
    }
}
