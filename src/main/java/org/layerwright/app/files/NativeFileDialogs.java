package org.layerwright.app.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.layerwright.io.hdf5.WeightsReport;

/** The real dialogs: the platform's file choosers and JavaFX dialogs owned by the window. */
public class NativeFileDialogs implements FileDialogs {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private File lastDirectory;

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, String title, List<FileFilter> filters) {
        File file = chooser(title, filters).showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String title, String suggestedName,
            List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public boolean confirmImport(Window owner, ImportPreview preview) {
        return ImportDialog.create(owner, preview).showAndWait().filter(ImportDialog.OPEN::equals).isPresent();
    }

    @Override
    public SaveChoice askToSave(Window owner, String documentName, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + " before " + action + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SAVE ? SaveChoice.SAVE : answer == DONT_SAVE ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public Optional<WeightsOptions> askWeightsOptions(Window owner, Path file) {
        return WeightsDialogs.askOptions(owner, file);
    }

    @Override
    public void showWeightsReport(Window owner, Path file, WeightsReport report) {
        WeightsDialogs.showReport(owner, file, report);
    }

    @Override
    public void showError(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public boolean askToRestore(Window owner, String description) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, description, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText("Layerwright did not close cleanly last time. Restore the unsaved work?");
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    private FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileFilter filter : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(),
                    filter.patterns()));
        }
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastDirectory = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
