package org.layerwright.app.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.layerwright.app.workbench.FileActions;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.core.Model;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;
import org.layerwright.io.ModelFormat;
import org.layerwright.io.hdf5.Weights;
import org.layerwright.io.hdf5.WeightsReport;

/**
 * The File menu's actions on the window's view-model. Files are read and weights loaded on the background
 * executor; the canvas changes on the UI thread, and only after the user has seen what was read (a file
 * Layerwright saved itself, with its layout and no problems, opens straight away). A failed read leaves the canvas
 * as it was and shows one message. Files are saved on the background executor too ({@link SaveQueue}), with the
 * entries of the file the document came from. Unsaved changes are asked about before New, Open, Import and
 * closing, after any save in progress has finished.
 */
public final class FileController implements FileActions {
    private final MainViewModel main;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final Executor background;
    private final Supplier<Window> owner;
    private Runnable afterOpen = () -> { };
    private final SaveQueue saves;
    private LayerWeights values = LayerWeights.NONE;
    private Map<String, Object> extras = Map.of();
    private ModelDocument valuesOwner;

    /**
     * @param main       the window's state
     * @param dialogs    the choosers and dialogs (native ones in the window, scripted ones in tests)
     * @param recent     the recent-files list
     * @param background where files are read and weights loaded
     * @param owner      the window dialogs belong to
     */
    public FileController(MainViewModel main, FileDialogs dialogs, RecentFiles recent, Executor background,
            Supplier<Window> owner) {
        this.main = main;
        this.dialogs = dialogs;
        this.recent = recent;
        this.background = background;
        this.owner = owner;
        this.saves = new SaveQueue(main, dialogs, recent, background, owner, this::values, this::extras);
    }

    /** Runs after a document is shown (the window fits it to the view). */
    public void setAfterOpen(Runnable afterOpen) {
        this.afterOpen = afterOpen;
    }

    /** The weight values that go with the open document (none when another document was opened elsewhere). */
    public LayerWeights values() {
        return valuesOwner == main.document() ? values : LayerWeights.NONE;
    }

    /** The open document's own top-level entries from the file it came from (written back when saved). */
    Map<String, Object> extras() {
        return valuesOwner == main.document() ? extras : Map.of();
    }

    /** True while a save is being written or waits its turn. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saves.savingProperty();
    }

    /** Replaces what writes saved files (tests slow it down or make it fail). */
    void setSaveWriter(SaveQueue.Writer writer) {
        saves.setWriter(writer);
    }

    // ------------------------------------------------------------------ File menu

    @Override
    public void newDocument() {
        if (confirmDiscard("starting a new model")) {
            show(new ModelDocument("untitled", true), null, LayerWeights.NONE);
            main.tell("New model: drag layers from the palette.");
        }
    }

    @Override
    public void open() {
        if (confirmDiscard("opening another model")) {
            dialogs.chooseFileToOpen(owner.get(), "Open Keras model", FileFilter.models())
                    .ifPresent(file -> openFile(file, false));
        }
    }

    @Override
    public void openRecent(Path file) {
        if (confirmDiscard("opening another model")) {
            openFile(file, false);
        }
    }

    /** Makes closing the window ask about unsaved changes first (Cancel keeps the window open). */
    public void guardClose(javafx.stage.Stage stage) {
        stage.setOnCloseRequest(event -> {
            if (!confirmDiscard("closing")) {
                event.consume();
            }
        });
    }

    /** Opens a file dropped on the window. */
    public void openDropped(Path file) {
        openRecent(file);
    }

    @Override
    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    @Override
    public void clearRecentFiles() {
        recent.clear();
    }

    @Override
    public void importArchitecture() {
        if (confirmDiscard("importing a model")) {
            dialogs.chooseFileToOpen(owner.get(), "Import model architecture", FileFilter.models())
                    .ifPresent(file -> openFile(file, true));
        }
    }

    @Override
    public void importWeights() {
        dialogs.chooseFileToOpen(owner.get(), "Load weights into the current model", FileFilter.weights())
                .ifPresent(file -> dialogs.askWeightsOptions(owner.get(), file)
                        .ifPresent(options -> loadWeights(file, options)));
    }

    @Override
    public CompletableFuture<Boolean> save() {
        Path file = main.file();
        return file == null ? saveAs() : saveTo(file);
    }

    @Override
    public CompletableFuture<Boolean> saveAs() {
        String stem = main.file() == null ? main.document().modelName()
                : main.file().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return dialogs.chooseFileToSave(owner.get(), "Save model", stem + ".json", FileFilter.saveTargets())
                .map(file -> saveTo(withExtension(file))).orElse(CompletableFuture.completedFuture(false));
    }

    // ------------------------------------------------------------------ the work

    /**
     * Reads a file off the UI thread, shows what was read when needed, and puts it on the canvas; the future
     * completes (on the UI thread) with true when the canvas shows the file. {@code asImport} keeps the document
     * untitled, so Save asks where to write.
     */
    public CompletableFuture<Boolean> openFile(Path file, boolean asImport) {
        return openFile(file, asImport, true);
    }

    /**
     * As {@link #openFile(Path, boolean)}; without {@code confirm} the preview is not shown (a file named on the
     * command line is opened as asked).
     */
    public CompletableFuture<Boolean> openFile(Path file, boolean asImport, boolean confirm) {
        main.tell("Reading " + file.getFileName() + "…");
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> ModelFileReader.read(file), background)
                .whenComplete((preview, error) -> Platform.runLater(() -> {
                    try {
                        shown.complete(error == null ? accept(preview, asImport, confirm) : failed(file, error));
                    } catch (RuntimeException e) {
                        shown.complete(failed(file, e));
                    }
                }));
        return shown;
    }

    private boolean accept(ImportPreview preview, boolean asImport, boolean confirm) {
        if (confirm && preview.needsConfirmation() && !dialogs.confirmImport(owner.get(), preview)) {
            main.tell("Not opened: the canvas is unchanged.");
            return false;
        }
        show(preview.document(), asImport || !preview.savable() ? null : preview.source(), preview.values(),
                preview.extras());
        recent.add(preview.source());
        int problems = preview.problems().size();
        main.tell("Opened " + preview.source().getFileName() + ": " + preview.layerCount() + " layers"
                + (problems == 0 ? "" : ", " + problems + " thing" + (problems == 1 ? "" : "s")
                        + " could not be read"));
        return true;
    }

    private boolean failed(Path file, Throwable error) {
        if (!Files.exists(file)) {
            recent.remove(file);
        }
        String message = FailureMessages.of(error);
        main.tell("Could not open " + file.getFileName() + ".");
        dialogs.showError(owner.get(), "Cannot open " + file.getFileName(), message);
        return false;
    }

    /** Shows a document (from a file, or new) with its weight values. */
    void show(ModelDocument document, Path source, LayerWeights weights) {
        show(document, source, weights, Map.of());
    }

    /** Shows a document with its weight values and the entries of its file that saving writes back. */
    void show(ModelDocument document, Path source, LayerWeights weights, Map<String, Object> fileExtras) {
        main.open(document, source);
        values = weights;
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(fileExtras));
        valuesOwner = document;
        afterOpen.run();
    }

    /**
     * Saves to a file off the UI thread (see {@link SaveQueue}); the future completes on the UI thread with true
     * when the file was written. On failure the user is shown why and the document stays modified.
     */
    public CompletableFuture<Boolean> saveTo(Path file) {
        return saves.saveTo(file);
    }

    /**
     * Loads weights into the current model off the UI thread and shows the per-layer report; the future completes
     * with the report, or null when the weights could not be loaded (the user was told why).
     */
    public CompletableFuture<WeightsReport> loadWeights(Path file, WeightsOptions options) {
        ModelDocument document = main.document();
        CompletableFuture<WeightsReport> done = new CompletableFuture<>();
        Model model;
        try {
            model = ModelConversion.toModel(document);
        } catch (LayerwrightException e) {
            dialogs.showError(owner.get(), "Cannot load weights", "The model on the canvas does not build, so it"
                    + " has no weights to load into: " + e.getMessage() + " Fix the problem first.");
            done.complete(null);
            return done;
        }
        main.tell("Loading weights from " + file.getFileName() + "…");
        LayerWeights current = values();
        CompletableFuture.supplyAsync(() -> {
            current.applyTo(model);
            return Weights.loadWithReport(model, file, options.byName(), options.skipMismatch());
        }, background).whenComplete((report, error) -> Platform.runLater(() -> {
            if (error != null) {
                main.tell("No weights were loaded.");
                dialogs.showError(owner.get(), "Cannot load weights from " + file.getFileName(),
                        FailureMessages.of(error) + " Nothing was loaded.");
                done.complete(null);
                return;
            }
            if (main.document() == document) {
                values = LayerWeights.capture(model);
                valuesOwner = document;
                if (main.file() != null && ModelFormat.of(main.file()) != ModelFormat.JSON
                        && ModelFormat.of(main.file()) != ModelFormat.YAML) {
                    main.markUnsavedWork();
                }
            }
            main.tell("Weights from " + file.getFileName() + ": " + report.count(WeightsReport.Outcome.LOADED)
                    + " layers loaded, " + report.count(WeightsReport.Outcome.SKIPPED) + " skipped, "
                    + report.count(WeightsReport.Outcome.NOT_IN_FILE) + " not in the file.");
            dialogs.showWeightsReport(owner.get(), file, report);
            done.complete(report);
        }));
        return done;
    }

    /**
     * Offers to restore an autosaved recovery file left by a run that did not close; the future completes with
     * true when the work was restored. The restored document belongs to the file it was autosaved from and is
     * marked modified; a declined or unreadable recovery file is removed.
     */
    public CompletableFuture<Boolean> offerRecovery(Path recoveryFile) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (!Files.isRegularFile(recoveryFile)) {
            done.complete(false);
            return done;
        }
        if (!dialogs.askToRestore(owner.get(), "The work was autosaved to " + recoveryFile + ". Restore opens it"
                + " as unsaved changes; otherwise it is deleted.")) {
            deleteQuietly(recoveryFile);
            done.complete(false);
            return done;
        }
        CompletableFuture.supplyAsync(() -> new Recovered(ModelFileReader.read(recoveryFile),
                Autosave.originalOf(recoveryFile)), background).whenComplete((recovered, error) -> Platform.runLater(
                        () -> {
                            if (error != null) {
                                deleteQuietly(recoveryFile);
                                dialogs.showError(owner.get(), "Cannot restore the unsaved work",
                                        FailureMessages.of(error) + " The recovery file was removed.");
                                done.complete(false);
                                return;
                            }
                            Path original = recovered.original();
                            show(recovered.preview().document(), original, LayerWeights.NONE);
                            main.markUnsavedWork();
                            main.tell("Restored the unsaved work" + (original == null ? "" : " on "
                                    + original.getFileName()) + ". Save it to keep it.");
                            done.complete(true);
                        }));
        return done;
    }

    /** A recovery file read back, and the file its work belongs to (or null). */
    private record Recovered(ImportPreview preview, Path original) {
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // Left behind, it is offered again at the next start; nothing else depends on it.
            System.getLogger(FileController.class.getName()).log(System.Logger.Level.WARNING, "Cannot remove "
                    + file + ": " + e.getMessage());
        }
    }

    /**
     * Asks about unsaved changes before {@code action}; true when the caller may go on (saved, or the user chose
     * not to save, or nothing was changed).
     */
    @Override
    public boolean confirmDiscard(String action) {
        if (!finishSaving()) {
            return false;
        }
        if (!main.isModified()) {
            return true;
        }
        String name = main.file() == null ? main.document().modelName() : main.file().getFileName().toString();
        switch (dialogs.askToSave(owner.get(), name, action)) {
            case SAVE:
                if (!NestedWait.possible()) {
                    save();
                    main.tell("Saving first: try " + action + " again once it is saved.");
                    return false;
                }
                // Edits made while the save ran are asked about again.
                return Boolean.TRUE.equals(NestedWait.await(save())) && confirmDiscard(action);
            case DONT_SAVE:
                return true;
            case CANCEL:
            default:
                return false;
        }
    }

    /** Waits for a save in progress (the window stays responsive); false when it cannot wait here. */
    private boolean finishSaving() {
        CompletableFuture<Void> idle = saves.whenIdle();
        if (idle.isDone()) {
            return true;
        }
        if (!NestedWait.possible()) {
            main.tell("A save is still running: try again when it has finished.");
            return false;
        }
        main.tell("Waiting for the save to finish…");
        NestedWait.await(idle);
        return true;
    }

    /** A file name without a known model extension gets {@code .json}, the Layerwright document. */
    private static Path withExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String known : new String[] {".json", ".yaml", ".yml", ".h5", ".hdf5", ".keras"}) {
            if (name.endsWith(known)) {
                return file;
            }
        }
        return file.resolveSibling(file.getFileName() + ".json");
    }
}
