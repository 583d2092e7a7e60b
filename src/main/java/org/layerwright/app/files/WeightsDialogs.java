package org.layerwright.app.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layerwright.io.hdf5.WeightsReport;

/** The two dialogs of Import ▸ Weights: Keras's loading choices, and what happened to each layer. */
final class WeightsDialogs {
    private static final ButtonType LOAD = new ButtonType("Load", ButtonBar.ButtonData.OK_DONE);

    private WeightsDialogs() {
    }

    /** By position or by name, and skip mismatches (only by name, as Keras allows). */
    static Optional<WeightsOptions> askOptions(Window owner, Path file) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Load weights");
        dialog.setHeaderText("Load weights from " + file.getFileName() + " into the current model");
        ToggleGroup match = new ToggleGroup();
        RadioButton byPosition = new RadioButton("By position (Keras's default: the file's layers in order)");
        RadioButton byName = new RadioButton("By layer name (by_name=True)");
        byPosition.setToggleGroup(match);
        byName.setToggleGroup(match);
        byPosition.setSelected(true);
        CheckBox skip = new CheckBox("Skip layers whose weights do not fit (skip_mismatch=True)");
        skip.disableProperty().bind(byName.selectedProperty().not());
        byPosition.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                skip.setSelected(false);
            }
        });
        VBox box = new VBox(8, byPosition, byName, skip);
        box.setPadding(new Insets(6, 0, 0, 0));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(LOAD, ButtonType.CANCEL);
        return dialog.showAndWait().filter(LOAD::equals)
                .map(b -> new WeightsOptions(byName.isSelected(), byName.isSelected() && skip.isSelected()));
    }

    /** A table: layer, outcome, detail. */
    static void showReport(Window owner, Path file, WeightsReport report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Weights loaded");
        dialog.setHeaderText(file.getFileName() + ": " + report.count(WeightsReport.Outcome.LOADED) + " loaded, "
                + report.count(WeightsReport.Outcome.SKIPPED) + " skipped (mismatch), "
                + report.count(WeightsReport.Outcome.NOT_IN_FILE) + " not in the file");
        TableView<WeightsReport.LayerResult> table = new TableView<>();
        table.getColumns().add(column("Layer", WeightsReport.LayerResult::layer, 160));
        table.getColumns().add(column("Result", r -> r.outcome().name().toLowerCase().replace('_', ' '), 110));
        table.getColumns().add(column("Detail", WeightsReport.LayerResult::detail, 420));
        table.getItems().setAll(report.layers());
        table.setPrefHeight(320);
        table.setPlaceholder(new Label("The model has no layers with weights."));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    private static TableColumn<WeightsReport.LayerResult, String> column(String title,
            java.util.function.Function<WeightsReport.LayerResult, String> value, double width) {
        TableColumn<WeightsReport.LayerResult, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
                value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
