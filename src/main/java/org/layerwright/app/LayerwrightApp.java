package org.layerwright.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.layerwright.app.files.Autosave;
import org.layerwright.app.files.FileController;
import org.layerwright.app.files.FileDialogs;
import org.layerwright.app.files.FileDrop;
import org.layerwright.app.files.NativeFileDialogs;
import org.layerwright.app.files.RecentFiles;
import org.layerwright.app.files.UserDirectories;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;

/**
 * The JavaFX application: one main window showing a model. Started by {@link Main} (never directly, so that
 * {@code java -jar} works); its one optional parameter is the model file to open, else the bundled sample. It asks
 * about unsaved changes on close, opens files dropped on it, autosaves to a recovery file in the configuration
 * directory ({@code -Dlayerwright.config=DIR} overrides it) and offers that file back after a crash.
 */
public final class LayerwrightApp extends Application {
    /** The sample opened when no file is given. */
    public static final String SAMPLE = "sample-models/mnist_mlp.json";
    private static final Duration AUTOSAVE_INTERVAL = Duration.minutes(1);
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "layerwright-background");
        thread.setDaemon(true);
        return thread;
    });
    private Autosave autosave;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path config = Path.of(System.getProperty("layerwright.config", UserDirectories.configDirectory().toString()));
        String snapshot = System.getProperty("layerwright.snapshot");
        MainViewModel main = new MainViewModel(new ModelDocument("untitled", true));
        FileDialogs dialogs = snapshot != null && "import".equals(System.getProperty("layerwright.snapshot.dialog"))
                ? Snapshots.importDialogSnapshot(Path.of(snapshot)) : new NativeFileDialogs();
        FileController files = new FileController(main, dialogs, new RecentFiles(config.resolve("recent-files.txt")),
                background, () -> stage);
        Scene scene = createScene(main, background, files);
        MainWindow window = (MainWindow) scene.getRoot();
        files.setAfterOpen(() -> window.canvas().fitToView(0.8));
        FileDrop.install(scene, files::openDropped);
        stage.titleProperty().bind(main.titleProperty());
        stage.setScene(scene);
        files.guardClose(stage);
        stage.show();
        autosave = new Autosave(main, config.resolve(Autosave.FILE_NAME), AUTOSAVE_INTERVAL, background);
        if (snapshot == null && Files.isRegularFile(autosave.recoveryFile())) {
            files.offerRecovery(autosave.recoveryFile()).thenAccept(restored -> {
                if (!restored) {
                    openStartFile(args, main, files, window, snapshot);
                }
            });
        } else {
            openStartFile(args, main, files, window, snapshot);
        }
        if (snapshot == null) {
            autosave.start();
        }
    }

    /** The main window's scene, styled, for a view-model (the application and the UI tests both use it). */
    public static Scene createScene(MainViewModel main, java.util.concurrent.Executor background,
            org.layerwright.app.workbench.DocumentOpener opener) {
        Scene scene = new Scene(new MainWindow(main, background, opener), 1280, 900);
        scene.getStylesheets().add(LayerwrightApp.class.getResource("layerwright.css").toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stopAndDiscard();
        }
        background.shutdownNow();
    }

    /** Opens the file named on the command line (as asked: no preview unless one is being pictured), or the sample. */
    private void openStartFile(List<String> args, MainViewModel main, FileController files, MainWindow window,
            String snapshot) {
        CompletableFuture<Boolean> opened;
        if (args.isEmpty()) {
            main.tell("Opening the MNIST sample…");
            opened = CompletableFuture.supplyAsync(() -> {
                try {
                    return ModelConversion.fromJson(readSample());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, background).handle((document, error) -> {
                Platform.runLater(() -> {
                    if (error != null) {
                        main.tell("Cannot open the sample: " + error.getMessage());
                    } else {
                        main.open(document);
                        main.tell("Opened " + SAMPLE);
                        window.canvas().fitToView(0.8);
                    }
                });
                return error == null;
            });
        } else {
            opened = files.openFile(Path.of(args.get(0)), false, snapshot != null
                    && System.getProperty("layerwright.snapshot.dialog") != null);
        }
        if (snapshot != null && System.getProperty("layerwright.snapshot.dialog") == null) {
            opened.thenAccept(shown -> Platform.runLater(() -> Snapshots.writeWhenSettled(window.getScene(),
                    Path.of(snapshot), main, window)));
        }
    }

    private static String readSample() throws IOException {
        try (InputStream in = LayerwrightApp.class.getResourceAsStream("/" + SAMPLE)) {
            if (in == null) {
                throw new IOException("the sample model is missing from the jar; rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
