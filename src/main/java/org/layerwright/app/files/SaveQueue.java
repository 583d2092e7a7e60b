package org.layerwright.app.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.editor.ModelDocument;

/**
 * Saves the open document off the UI thread, one write at a time. What is written is taken from the document on
 * the UI thread when the write starts ({@link DocumentWriter#snapshot}); the file is written on the background
 * executor; the title, the modified mark, the recent files and any error dialog are updated back on the UI
 * thread. Only the position that was written is marked saved, so edits made meanwhile stay marked. A save asked
 * for while one runs waits its turn (a repeated Save of the same file is asked only once), and is skipped when
 * the document has not changed since.
 */
final class SaveQueue {
    /** Writes a snapshot to a file and returns a note for the status bar (tests slow it down or make it fail). */
    @FunctionalInterface
    interface Writer {
        String write(Path target, DocumentWriter.Snapshot snapshot);
    }

    /** A save asked for: its file, and its outcome (true when written), completed on the UI thread. */
    private record Save(Path file, CompletableFuture<Boolean> done) {
    }

    private final MainViewModel main;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final Executor background;
    private final Supplier<Window> owner;
    private final Supplier<LayerWeights> values;
    private final Supplier<Map<String, Object>> extras;
    private final Deque<Save> waiting = new ArrayDeque<>();
    private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private Writer writer = DocumentWriter::write;
    private Save running;

    SaveQueue(MainViewModel main, FileDialogs dialogs, RecentFiles recent, Executor background,
            Supplier<Window> owner, Supplier<LayerWeights> values, Supplier<Map<String, Object>> extras) {
        this.main = main;
        this.dialogs = dialogs;
        this.recent = recent;
        this.background = background;
        this.owner = owner;
        this.values = values;
        this.extras = extras;
    }

    /** Replaces what writes the file (tests slow it down or make it fail). */
    void setWriter(Writer writer) {
        this.writer = writer;
    }

    /** True while a file is being written or a save waits its turn. */
    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Saves the document to {@code file} (on the UI thread); the future completes on the UI thread. */
    CompletableFuture<Boolean> saveTo(Path file) {
        if (running == null) {
            return begin(new Save(file, new CompletableFuture<>()));
        }
        Save last = waiting.peekLast();
        if (last != null && last.file().equals(file)) {
            return last.done();
        }
        Save next = new Save(file, new CompletableFuture<>());
        waiting.add(next);
        main.tell("Saving " + running.file().getFileName() + "… " + file.getFileName() + " is saved next.");
        return next.done();
    }

    /** Completes (on the UI thread) when no save runs or waits; at once when none does. */
    CompletableFuture<Void> whenIdle() {
        CompletableFuture<Void> idle = new CompletableFuture<>();
        if (running == null) {
            idle.complete(null);
        } else {
            idleWaiters.add(idle);
        }
        return idle;
    }

    private CompletableFuture<Boolean> begin(Save save) {
        running = save;
        saving.set(true);
        ModelDocument document = main.document();
        DocumentWriter.Snapshot snapshot;
        try {
            snapshot = DocumentWriter.snapshot(document, values.get(), extras.get());
        } catch (RuntimeException e) {
            finished(save, document, 0, null, e);
            return save.done();
        }
        long position = document.undoStack().sealPosition();
        main.tell("Saving " + save.file().getFileName() + "…");
        CompletableFuture.supplyAsync(() -> writer.write(save.file(), snapshot), background)
                .whenComplete((note, error) -> Platform.runLater(() -> finished(save, document, position, note,
                        error)));
        return save.done();
    }

    private void finished(Save save, ModelDocument document, long position, String note, Throwable error) {
        running = null;
        boolean written = error == null;
        if (written) {
            // Another document may have been opened meanwhile: the mark belongs to the one written.
            if (main.document() == document) {
                main.markSaved(save.file(), position);
            }
            recent.add(save.file());
            main.tell(note);
        } else {
            main.tell("Not saved.");
            dialogs.showError(owner.get(), "Cannot save " + save.file().getFileName(), FailureMessages.of(error));
        }
        save.done().complete(written);
        startNext();
    }

    private void startNext() {
        while (running == null && !waiting.isEmpty()) {
            Save next = waiting.poll();
            if (next.file().equals(main.file()) && !main.isModified()) {
                // The save that just finished already wrote everything this one would.
                next.done().complete(true);
            } else {
                begin(next);
            }
        }
        if (running == null) {
            saving.set(false);
            List<CompletableFuture<Void>> idle = new ArrayList<>(idleWaiters);
            idleWaiters.clear();
            idle.forEach(waiter -> waiter.complete(null));
        }
    }
}
