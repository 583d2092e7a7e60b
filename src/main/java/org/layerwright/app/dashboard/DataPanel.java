package org.layerwright.app.dashboard;

import java.io.File;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Choosing the data: a bundled set or a file, what it gives, a preview, and the check against the model. */
final class DataPanel extends VBox {
    private final DashboardViewModel model;
    private final FlowPane preview = new FlowPane(4, 4);
    private final Label about = new Label();
    private final TextField labelColumn = new TextField();

    DataPanel(DashboardViewModel model, BooleanBinding running) {
        super(6);
        this.model = model;
        getStyleClass().add("dashboard-section");
        DataChoice data = model.data();
        Label title = new Label("Data");
        title.getStyleClass().add("panel-title");
        ComboBox<String> bundled = new ComboBox<>();
        bundled.getItems().setAll(DataChoice.BUNDLED);
        bundled.setPromptText("bundled data set");
        bundled.setId("train-bundled");
        bundled.setOnAction(event -> {
            DataSummary shown = data.summaryProperty().get();
            if (bundled.getValue() != null && (shown == null || !bundled.getValue().equals(shown.name()))) {
                data.useBundled(bundled.getValue());
            }
        });
        // Show which bundled set is in use, also when the dashboard picked it for the model.
        data.summaryProperty().addListener((obs, old, summary) -> bundled.setValue(
                summary != null && DataChoice.BUNDLED.contains(summary.name()) ? summary.name() : null));
        Button open = new Button("Open file…");
        open.setId("train-open-data");
        open.setOnAction(event -> chooseFile());
        labelColumn.setPromptText("last");
        labelColumn.setPrefColumnCount(4);
        labelColumn.setId("train-label-column");
        HBox pick = new HBox(6, bundled, open);
        HBox csv = new HBox(6, new Label("CSV label column"), labelColumn);
        pick.disableProperty().bind(running);
        csv.disableProperty().bind(running);
        Label source = new Label();
        source.textProperty().bind(data.sourceProperty());
        source.getStyleClass().add("data-source");
        Label error = new Label();
        error.textProperty().bind(data.errorProperty());
        error.getStyleClass().add("dashboard-problem");
        error.setWrapText(true);
        about.setWrapText(true);
        about.setId("train-data-about");
        preview.setPrefWrapLength(290);
        preview.setId("train-data-preview");
        data.summaryProperty().addListener((obs, old, summary) -> show(summary));
        getChildren().addAll(title, pick, csv, source, error, about, preview, checkBox());
    }

    private VBox checkBox() {
        Label check = new Label();
        check.setId("train-check");
        check.setWrapText(true);
        Button reshape = new Button("Reshape the data to fit the model");
        reshape.setId("train-reshape");
        reshape.setOnAction(event -> model.reshapeDataToModel());
        reshape.setVisible(false);
        reshape.managedProperty().bind(reshape.visibleProperty());
        model.checkProperty().addListener((obs, old, result) -> {
            boolean fits = result == null || result.fits();
            check.setText(result == null ? "" : fits ? "The data fits the model." : result.problem());
            check.getStyleClass().removeAll("dashboard-problem", "dashboard-ok");
            check.getStyleClass().add(fits ? "dashboard-ok" : "dashboard-problem");
            reshape.setVisible(result != null && result.reshapeable());
        });
        return new VBox(4, check, reshape);
    }

    private void show(DataSummary summary) {
        preview.getChildren().clear();
        if (summary == null) {
            about.setText("");
            return;
        }
        about.setText(String.format("%,d samples · input shape %s%s", summary.samples(), summary.inputShape(),
                summary.classCount() > 0 ? " · " + summary.classCount() + " classes" : ""));
        if (!summary.images().isEmpty()) {
            summary.images().forEach(image -> preview.getChildren().add(SampleImages.view(image, 36)));
        } else {
            summary.rows().stream().limit(6).forEach(row -> {
                Label line = new Label(row);
                line.getStyleClass().add("data-row");
                preview.getChildren().add(line);
            });
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a data set");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data sets", "*.csv", "*.csv.gz", "*.npy", "*.npz", "*-ubyte",
                        "*-ubyte.gz"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.data().useFile(file.toPath(), labelColumn());
        }
    }

    /** The CSV label column typed by the user (1-based in the field), or the last one. */
    private int labelColumn() {
        try {
            return Math.max(0, Integer.parseInt(labelColumn.getText().trim()) - 1);
        } catch (NumberFormatException e) {
            return DataFiles.LAST_COLUMN;
        }
    }
}
