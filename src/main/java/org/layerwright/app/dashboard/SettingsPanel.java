package org.layerwright.app.dashboard;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The settings of compile and fit: loss, optimizer and rate, batch size, epochs, split, metrics, callbacks. */
final class SettingsPanel extends VBox {
    SettingsPanel(TrainingSettings settings, BooleanBinding running) {
        super(6);
        getStyleClass().add("dashboard-section");
        Label title = new Label("Settings (compile and fit)");
        title.getStyleClass().add("panel-title");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        int row = 0;
        grid.addRow(row++, new Label("loss"), Fields.choice(settings.lossProperty(), TrainingSettings.LOSSES,
                "train-loss"));
        grid.addRow(row++, new Label("optimizer"), Fields.choice(settings.optimizerProperty(),
                TrainingSettings.OPTIMIZERS, "train-optimizer"));
        grid.addRow(row++, new Label("learning_rate"), Fields.decimal(settings.learningRateProperty(), 1e-6, 10,
                0.0005, "train-learning-rate"));
        grid.addRow(row++, new Label("batch_size"), Fields.integer(settings.batchSizeProperty(), 1, 65536,
                "train-batch-size"));
        grid.addRow(row++, new Label("epochs"), Fields.integer(settings.epochsProperty(), 1, 100000,
                "train-epochs"));
        grid.addRow(row++, new Label("validation_split"), Fields.decimal(settings.validationSplitProperty(), 0,
                0.95, 0.05, "train-validation-split"));
        grid.addRow(row++, new Label("metrics"), metrics(settings));
        CheckBox early = new CheckBox("early stopping");
        early.setId("train-early-stopping");
        early.selectedProperty().bindBidirectional(settings.earlyStoppingProperty());
        grid.add(early, 0, row++, 2, 1);
        ComboBox<String> monitor = Fields.choice(settings.earlyStoppingMonitorProperty(),
                List.of("val_loss", "loss", "val_accuracy", "accuracy"), "train-monitor");
        monitor.disableProperty().bind(early.selectedProperty().not());
        grid.addRow(row++, new Label("  monitor"), monitor);
        Spinner<Integer> patience = Fields.integer(settings.earlyStoppingPatienceProperty(), 0,
                1000, "train-patience");
        patience.disableProperty().bind(early.selectedProperty().not());
        grid.addRow(row++, new Label("  patience"), patience);
        ComboBox<LearningRateSchedule> schedule = new ComboBox<>();
        schedule.getItems().setAll(LearningRateSchedule.values());
        schedule.valueProperty().bindBidirectional(settings.scheduleProperty());
        schedule.setId("train-schedule");
        grid.addRow(row++, new Label("lr schedule"), schedule);
        BooleanBinding constant = settings.scheduleProperty().isEqualTo(LearningRateSchedule.CONSTANT);
        Spinner<Double> factor = Fields.decimal(settings.scheduleFactorProperty(), 0.01, 0.99,
                0.05, "train-schedule-factor");
        factor.disableProperty().bind(constant);
        grid.addRow(row++, new Label("  factor"), factor);
        Spinner<Integer> every = Fields.integer(settings.scheduleEpochsProperty(), 1, 1000,
                "train-schedule-epochs");
        every.disableProperty().bind(constant);
        grid.addRow(row, new Label("  epochs"), every);
        grid.disableProperty().bind(running);
        getChildren().addAll(title, grid);
    }

    private static FlowPane metrics(TrainingSettings settings) {
        FlowPane boxes = new FlowPane(6, 3);
        boxes.setPrefWrapLength(190);
        for (String name : TrainingSettings.METRICS) {
            CheckBox box = new CheckBox(name);
            box.setId("train-metric-" + name);
            box.setSelected(settings.metrics().contains(name));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on && !settings.metrics().contains(name)) {
                    settings.metrics().add(name);
                } else if (!on) {
                    settings.metrics().remove(name);
                }
            });
            boxes.getChildren().add(box);
        }
        return boxes;
    }
}
