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
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;

/**
 * The JavaFX application: one main window showing a model. Started by {@link Main} (never directly, so that
 * {@code java -jar} works); its one optional parameter is the Keras JSON file to open, else the bundled sample.
 */
public final class LayerwrightApp extends Application {
    /** The sample opened when no file is given. */
    public static final String SAMPLE = "sample-models/mnist_mlp.json";
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "layerwright-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        MainViewModel main = new MainViewModel(new ModelDocument("untitled", true));
        Scene scene = createScene(main, background, this::chooseAndOpen);
        MainWindow window = (MainWindow) scene.getRoot();
        stage.titleProperty().bind(main.titleProperty());
        stage.setScene(scene);
        stage.show();
        String source = args.isEmpty() ? SAMPLE : args.get(0);
        main.tell("Opening " + source + "…");
        load(() -> args.isEmpty() ? readSample() : Files.readString(Path.of(args.get(0)), StandardCharsets.UTF_8),
                source, main, window);
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
        background.shutdownNow();
    }

    /** Reads and converts a model in the background, then shows it on the UI thread. */
    private void load(TextSource text, String source, MainViewModel main, MainWindow window) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return ModelConversion.fromJson(text.read());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenComplete((document, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                main.tell("Cannot open " + source + ": " + cause.getMessage());
                return;
            }
            main.open(document);
            main.tell("Opened " + source);
            window.canvas().fitToView(0.8);
            String snapshot = System.getProperty("layerwright.snapshot");
            if (snapshot != null) {
                Snapshots.writeWhenSettled(window.getScene(), Path.of(snapshot), main);
            }
        }));
    }

    private void chooseAndOpen(Window owner, MainViewModel main) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Keras model");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Keras JSON", "*.json"));
        java.io.File file = chooser.showOpenDialog(owner);
        if (file != null) {
            MainWindow window = (MainWindow) owner.getScene().getRoot();
            load(() -> Files.readString(file.toPath(), StandardCharsets.UTF_8), file.getName(), main, window);
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

    /** Text that may fail to be read. */
    @FunctionalInterface
    private interface TextSource {
        String read() throws IOException;
    }
}
