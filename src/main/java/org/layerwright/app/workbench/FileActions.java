package org.layerwright.app.workbench;

import java.nio.file.Path;
import javafx.collections.ObservableList;

/**
 * Everything the File menu does: an opener that also makes new documents, saves, imports and remembers recent
 * files. The menu shows only Open for a plain {@link DocumentOpener}.
 */
public interface FileActions extends DocumentOpener {
    /** Replaces the canvas with an empty model, after asking about unsaved changes. */
    void newDocument();

    /** Asks for a model file and opens it, after asking about unsaved changes. */
    void open();

    /** Opens a file from the recent list. */
    void openRecent(Path file);

    /** The recently opened or saved files, newest first. */
    ObservableList<Path> recentFiles();

    /** Forgets the recent files. */
    void clearRecentFiles();

    /**
     * Saves to the document's file (asks for one when it has none) without blocking the window; the future
     * completes on the UI thread with false when nothing was saved.
     */
    java.util.concurrent.CompletableFuture<Boolean> save();

    /** Asks for a file and saves there; the future completes with false when cancelled or failed. */
    java.util.concurrent.CompletableFuture<Boolean> saveAs();

    /** Reads a model's architecture from any supported file into a new, untitled document. */
    void importArchitecture();

    /** Loads weights from an HDF5 file into the current model. */
    void importWeights();

    /** Asks about unsaved changes before {@code action}; true when the caller may replace the document. */
    boolean confirmDiscard(String action);

    @Override
    default void chooseAndOpen(javafx.stage.Window owner, MainViewModel main) {
        open();
    }
}
