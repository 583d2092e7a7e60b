package org.layerwright.app.files;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.layerwright.app.LayerwrightApp;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;
import org.layerwright.editor.TestDocuments;
import org.testfx.api.FxRobot;

/** The real window with the File actions wired to scripted dialogs, a temporary config and a real background thread. */
final class FileTestWindow {
    final MainViewModel main;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final FileController files;
    final MainWindow window;
    final Path config;
    final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "test-background");
        thread.setDaemon(true);
        return thread;
    });

    FileTestWindow(Stage stage, Path config) {
        this.config = config;
        main = new MainViewModel(TestDocuments.sample());
        files = new FileController(main, dialogs, new RecentFiles(config.resolve("recent-files.txt")), background,
                () -> stage);
        stage.setScene(LayerwrightApp.createScene(main, Runnable::run, files));
        window = (MainWindow) stage.getScene().getRoot();
        files.setAfterOpen(() -> window.canvas().fitToView(0.8));
        files.guardClose(stage);
        stage.setWidth(1200);
        stage.setHeight(780);
        stage.show();
    }

    /** Starts a save on the UI thread and waits for its outcome (it is written on the background thread). */
    boolean saved(FxRobot robot, Supplier<CompletableFuture<Boolean>> save) {
        AtomicReference<CompletableFuture<Boolean>> started = new AtomicReference<>();
        robot.interact(() -> started.set(save.get()));
        boolean written = await(started.get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return written;
    }

    /** Waits until a condition holds (a background action reached the UI thread). */
    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the file action", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a background read or load (its future completes on the UI thread). */
    static <T> T await(Future<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the file action did not finish: " + e, e);
        }
    }
}
