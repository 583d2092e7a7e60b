package org.layerwright.app;

import java.util.concurrent.Executor;
import javafx.stage.Stage;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;

/** The real main window on a test's stage, sized to fit Monocle's headless screen (1280 × 800). */
public final class TestWindows {
    private TestWindows() {
    }

    /** Shows {@code main} in a 1200 × 780 window whose background work runs at once on the calling thread. */
    public static MainWindow show(Stage stage, MainViewModel main) {
        return show(stage, main, Runnable::run, 1200, 780);
    }

    /** Shows {@code main} with its background work on {@code background}, in a window of the given size. */
    public static MainWindow show(Stage stage, MainViewModel main, Executor background, double width,
            double height) {
        stage.setScene(LayerwrightApp.createScene(main, background, (owner, model) -> { }));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return (MainWindow) stage.getScene().getRoot();
    }
}
