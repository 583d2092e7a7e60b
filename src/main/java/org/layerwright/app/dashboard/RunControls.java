package org.layerwright.app.dashboard;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Start, pause, resume, stop and save weights; the progress bar and its text; what the run says. */
final class RunControls extends VBox {
    RunControls(DashboardViewModel model) {
        super(5);
        getStyleClass().add("run-controls");
        TrainingSession session = model.session();
        ReadOnlyObjectProperty<RunState> state = session.stateProperty();
        Button start = button("Start", "train-start", () -> model.start());
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> state.get().active(), state));
        Button pause = button("Pause", "train-pause", session::pause);
        pause.disableProperty().bind(state.isNotEqualTo(RunState.RUNNING));
        Button resume = button("Resume", "train-resume", session::resume);
        resume.disableProperty().bind(state.isNotEqualTo(RunState.PAUSED));
        Button stop = button("Stop", "train-stop", session::stop);
        stop.disableProperty().bind(start.disableProperty().not());
        Button save = button("Save weights…", "train-save-weights", () -> saveWeights(model));
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> state.get() == RunState.IDLE
                || state.get().active() || session.resultsProperty().get() == null, state,
                session.resultsProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("train-progress");
        bar.progressProperty().bind(session.progress().fractionProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label rate = new Label();
        rate.setId("train-progress-text");
        rate.textProperty().bind(session.progress().textProperty());
        rate.setMinWidth(330);
        HBox buttons = new HBox(6, start, pause, resume, stop, save, bar, rate);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("train-message");
        message.setWrapText(true);
        message.textProperty().bind(session.messageProperty());
        message.getStyleClass().add("run-message");
        session.stateProperty().addListener((obs, old, now) -> {
            message.getStyleClass().remove("dashboard-problem");
            if (now == RunState.FAILED) {
                message.getStyleClass().add("dashboard-problem");
            }
        });
        Label changed = new Label("The model on the canvas changed since this run started; the run trains the model"
                + " as it was then. Start again to train the new one.");
        changed.setId("train-model-changed");
        changed.getStyleClass().add("model-changed");
        changed.setWrapText(true);
        changed.visibleProperty().bind(model.modelChangedProperty());
        changed.managedProperty().bind(changed.visibleProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().addAll(buttons, message, changed);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void saveWeights(DashboardViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save weights (HDF5)");
        chooser.setInitialFileName("weights.h5");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Keras HDF5 weights", "*.h5", "*.hdf5"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.saveWeights(file.toPath());
        }
    }
}
