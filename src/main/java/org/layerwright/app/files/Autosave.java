package org.layerwright.app.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.editor.CanvasLayout;
import org.layerwright.editor.ModelDocument;
import org.layerwright.io.Models;
import org.layerwright.io.hdf5.AtomicFiles;

/**
 * Saves the open document to a recovery file at a fixed interval while it has unsaved changes (a Keras JSON file
 * with the layout, and the path of the file it belongs to), and removes the recovery file when there is nothing
 * to recover: after a save, an undo back to the saved state, or a clean exit. A recovery file found at start-up
 * means Layerwright stopped without closing, and is offered back.
 */
public final class Autosave {
    /** The recovery file's name in the configuration directory. */
    public static final String FILE_NAME = "recovery.json";
    private static final String ORIGINAL = "autosave_of";
    private final MainViewModel main;
    private final Path recoveryFile;
    private final Executor background;
    private final Timeline timer;
    private ModelDocument savedDocument;
    private long savedRevision = -1;

    /** Autosave of {@code main} to {@code recoveryFile} every {@code interval} (once started). */
    public Autosave(MainViewModel main, Path recoveryFile, Duration interval, Executor background) {
        this.main = main;
        this.recoveryFile = recoveryFile;
        this.background = background;
        this.timer = new Timeline(new KeyFrame(interval, event -> saveNow()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    public Path recoveryFile() {
        return recoveryFile;
    }

    /** Starts the timer (on the UI thread). */
    public void start() {
        timer.play();
    }

    /**
     * Writes the recovery file now when the document has unsaved changes not yet written (removes it when there
     * are none); the text is made on the UI thread and written on the background executor.
     */
    public CompletableFuture<Void> saveNow() {
        ModelDocument document = main.document();
        if (!main.isModified()) {
            savedDocument = null;
            return CompletableFuture.runAsync(this::discardFile, background);
        }
        if (document == savedDocument && document.revision() == savedRevision) {
            return CompletableFuture.completedFuture(null);
        }
        Map<String, Object> extra = new LinkedHashMap<>(CanvasLayout.toExtra(document));
        if (main.file() != null) {
            extra.put(ORIGINAL, main.file().toAbsolutePath().toString());
        }
        String text = DocumentWriter.json(document, extra);
        savedDocument = document;
        savedRevision = document.revision();
        return CompletableFuture.runAsync(() -> {
            try {
                Files.createDirectories(recoveryFile.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            AtomicFiles.write(recoveryFile, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
        }, background).exceptionally(error -> {
            // Autosave is a safety net: a failed write is logged, not shown, and retried at the next tick.
            savedDocument = null;
            System.getLogger(Autosave.class.getName()).log(System.Logger.Level.WARNING, "Autosave failed: "
                    + FailureMessages.of(error));
            return null;
        });
    }

    /** Stops the timer and removes the recovery file (a clean exit). */
    public void stopAndDiscard() {
        timer.stop();
        discardFile();
    }

    /** Stops the timer and keeps the recovery file (what a crash leaves behind; for tests). */
    public void stop() {
        timer.stop();
    }

    private void discardFile() {
        try {
            Files.deleteIfExists(recoveryFile);
        } catch (IOException e) {
            System.getLogger(Autosave.class.getName()).log(System.Logger.Level.WARNING, "Cannot remove "
                    + recoveryFile + ": " + e.getMessage());
        }
    }

    /** The file a recovery file was autosaved from, or null (an untitled model, or an unreadable record). */
    @SuppressWarnings("unchecked")
    static Path originalOf(Path recoveryFile) {
        try {
            Map<String, Object> parsed = Models.parseJson(TextFiles.read(recoveryFile), recoveryFile.toString());
            if (parsed.get(CanvasLayout.KEY) instanceof Map<?, ?> extra
                    && ((Map<String, Object>) extra).get(ORIGINAL) instanceof String original) {
                return Path.of(original);
            }
        } catch (RuntimeException e) {
            // Then the work is restored as an untitled model.
            return null;
        }
        return null;
    }
}
