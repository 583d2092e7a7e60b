package org.layerwright.app.files;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog shown before a read model replaces the canvas: what the file is, the model's name and class, its
 * layers and parameters, the Keras version and backend that wrote it, its weights, and anything that could not be
 * read with the reason. Open puts it on the canvas; Cancel leaves the canvas as it was.
 */
public final class ImportDialog {
    /** The button that puts the model on the canvas. */
    public static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    private ImportDialog() {
    }

    /** The dialog for a preview (not shown yet). */
    public static Dialog<ButtonType> create(Window owner, ImportPreview preview) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Open " + preview.source().getFileName());
        dialog.setHeaderText(preview.modelName() + " (" + preview.className() + ") from "
                + preview.source().getFileName());
        dialog.getDialogPane().setContent(content(preview));
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
        dialog.getDialogPane().setId("import-dialog");
        dialog.setResizable(true);
        return dialog;
    }

    /** The dialog's body: a table of facts, then the problems (when there are any). */
    static VBox content(ImportPreview preview) {
        GridPane facts = new GridPane();
        facts.setHgap(14);
        facts.setVgap(5);
        int row = 0;
        row = fact(facts, row, "File", preview.source().toAbsolutePath().toString(), "import-file");
        row = fact(facts, row, "Format", preview.format(), "import-format");
        row = fact(facts, row, "Model", preview.modelName(), "import-model");
        row = fact(facts, row, "Class", preview.className(), "import-class");
        row = fact(facts, row, "Layers", String.valueOf(preview.layerCount()), "import-layers");
        row = fact(facts, row, "Parameters", preview.paramCount() == null ? "unknown (the model has no input shape)"
                : NumberFormat.getIntegerInstance(Locale.US).format(preview.paramCount()), "import-params");
        row = fact(facts, row, "Keras version", orNotRecorded(preview.kerasVersion()), "import-keras-version");
        row = fact(facts, row, "Backend", orNotRecorded(preview.backend()), "import-backend");
        fact(facts, row, "Weights", preview.weights(), "import-weights");
        VBox box = new VBox(10, facts);
        box.setPadding(new Insets(4, 0, 0, 0));
        if (preview.problems().isEmpty()) {
            Label fine = new Label("Everything in the file was read.");
            fine.setId("import-no-problems");
            box.getChildren().add(fine);
        } else {
            Label title = new Label("Could not be read (" + preview.problems().size() + "):");
            title.setStyle("-fx-font-weight: bold;");
            ListView<String> problems = new ListView<>();
            problems.getItems().setAll(preview.problems());
            problems.setId("import-problems");
            problems.setPrefHeight(Math.min(6, preview.problems().size()) * 42 + 8);
            problems.setPrefWidth(620);
            problems.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setWrapText(true);
                    setPrefWidth(0);
                }
            });
            box.getChildren().addAll(title, problems);
        }
        return box;
    }

    private static int fact(GridPane grid, int row, String name, String value, String id) {
        Label key = new Label(name + ":");
        key.setStyle("-fx-font-weight: bold;");
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        text.setMaxWidth(520);
        grid.addRow(row, key, text);
        return row + 1;
    }

    private static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? "not recorded in the file" : value;
    }
}
