package org.layerwright.app.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.layerwright.io.hdf5.WeightsReport;

/**
 * Every question the File actions ask the user: the native file choosers and the dialogs. The window uses
 * {@link NativeFileDialogs}; tests answer with their own implementation and run the same code otherwise.
 */
public interface FileDialogs {
    /** A file to open, or empty when cancelled. */
    Optional<Path> chooseFileToOpen(Window owner, String title, List<FileFilter> filters);

    /** A file to save to, or empty when cancelled. */
    Optional<Path> chooseFileToSave(Window owner, String title, String suggestedName, List<FileFilter> filters);

    /** Shows what was read; true when the user wants it on the canvas. */
    boolean confirmImport(Window owner, ImportPreview preview);

    /** Asks whether to save the changes to {@code documentName} before {@code action} ("closing", ...). */
    SaveChoice askToSave(Window owner, String documentName, String action);

    /** How to load weights from {@code file}, or empty when cancelled. */
    Optional<WeightsOptions> askWeightsOptions(Window owner, Path file);

    /** Shows what was loaded into each layer. */
    void showWeightsReport(Window owner, Path file, WeightsReport report);

    /** Shows an error: a title and one clear message (what, where, how to fix), never a stack trace. */
    void showError(Window owner, String title, String message);

    /** Asks whether to restore the work autosaved before Layerwright last stopped unexpectedly. */
    boolean askToRestore(Window owner, String description);
}
