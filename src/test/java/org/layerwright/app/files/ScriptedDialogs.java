package org.layerwright.app.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.layerwright.io.hdf5.WeightsReport;

/** Dialogs answered by the test: queued answers in, every question asked recorded. */
final class ScriptedDialogs implements FileDialogs {
    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final Deque<Boolean> importAnswers = new ArrayDeque<>();
    final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    final Deque<WeightsOptions> weightsAnswers = new ArrayDeque<>();
    boolean restoreAnswer;
    final List<ImportPreview> previews = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> saveQuestions = new ArrayList<>();
    final List<WeightsReport> reports = new ArrayList<>();
    final List<String> suggestedNames = new ArrayList<>();
    final List<List<FileFilter>> openFilters = new ArrayList<>();
    int restoreQuestions;

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, String title, List<FileFilter> filters) {
        openFilters.add(filters);
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String title, String suggestedName,
            List<FileFilter> filters) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public boolean confirmImport(Window owner, ImportPreview preview) {
        previews.add(preview);
        Boolean answer = importAnswers.poll();
        return answer != null && answer;
    }

    @Override
    public SaveChoice askToSave(Window owner, String documentName, String action) {
        saveQuestions.add(documentName + " / " + action);
        SaveChoice answer = saveAnswers.poll();
        return answer == null ? SaveChoice.CANCEL : answer;
    }

    @Override
    public Optional<WeightsOptions> askWeightsOptions(Window owner, Path file) {
        return Optional.ofNullable(weightsAnswers.poll());
    }

    @Override
    public void showWeightsReport(Window owner, Path file, WeightsReport report) {
        reports.add(report);
    }

    @Override
    public void showError(Window owner, String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean askToRestore(Window owner, String description) {
        restoreQuestions++;
        return restoreAnswer;
    }
}
