package org.layerwright.app.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.core.summary.SummaryStyle;

/**
 * The live summary panel: the Keras summary as a table whose rows unfold into their formulas, the totals, and
 * "Copy as Keras text" with a style picker. Selection follows the canvas and the other way round.
 */
public final class SummaryView extends VBox {
    private final SummaryViewModel model;
    private final MainViewModel main;
    private final TreeTableView<SummaryLine> table = new TreeTableView<>(new TreeItem<>());
    private final Map<String, TreeItem<SummaryLine>> items = new HashMap<>();
    private final Label copyStatus = new Label();
    private boolean syncing;

    public SummaryView(SummaryViewModel model, MainViewModel main) {
        this.model = model;
        this.main = main;
        getStyleClass().add("summary");
        table.setId("summary-table");
        table.setShowRoot(false);
        table.getRoot().setExpanded(true);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Layer (type)", SummaryLine::layer, 230));
        table.getColumns().add(column("Output Shape", SummaryLine::shape, 150));
        table.getColumns().add(column("Param #", SummaryLine::params, 90));
        table.getColumns().add(column("Connected to", SummaryLine::connected, 140));
        table.setRowFactory(view -> new TreeTableRow<>() {
            @Override
            protected void updateItem(SummaryLine line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), !empty && line != null
                        && line.problem() && !line.formula());
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("formula"), !empty && line != null
                        && line.formula());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, totals(), copyBar());
        model.lines().addListener((ListChangeListener<SummaryLine>) c -> rebuild(c));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null && item.getValue() != null) {
                model.selectLayer(item.getValue().id());
            }
        });
        main.selection().addListener((ListChangeListener<String>) c -> followSelection());
        rebuildAll();
    }

    private static TreeTableColumn<SummaryLine, String> column(String title, Function<SummaryLine, String> value,
            double width) {
        TreeTableColumn<SummaryLine, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : value.apply(cell.getValue().getValue())));
        return column;
    }

    private VBox totals() {
        Label total = label("summary-total");
        total.textProperty().bind(model.totalProperty());
        Label trainable = label("summary-trainable");
        trainable.textProperty().bind(model.trainableProperty());
        Label nonTrainable = label("summary-non-trainable");
        nonTrainable.textProperty().bind(model.nonTrainableProperty());
        Label memory = label("summary-memory");
        memory.textProperty().bind(model.memoryProperty());
        VBox box = new VBox(2, total, trainable, nonTrainable, memory);
        box.getStyleClass().add("summary-totals");
        return box;
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }

    private HBox copyBar() {
        ComboBox<SummaryStyle> styles = new ComboBox<>();
        styles.setId("summary-style");
        styles.getItems().setAll(model.styles());
        styles.valueProperty().bindBidirectional(model.styleProperty());
        Button copy = new Button("Copy as Keras text");
        copy.setId("copy-keras-text");
        copy.setOnAction(event -> copyKerasText());
        copyStatus.setId("copy-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Style"), styles, copy, spacer, copyStatus);
        bar.getStyleClass().add("summary-copy-bar");
        return bar;
    }

    /** Makes the text in the background, then puts it on the clipboard on the UI thread. */
    private void copyKerasText() {
        copyStatus.setText("Copying…");
        model.kerasText().whenComplete((text, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                copyStatus.setText("Not copied: " + cause.getMessage());
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copyStatus.setText("Copied " + text.lines().count() + " lines");
        }));
    }

    private void rebuild(ListChangeListener.Change<? extends SummaryLine> change) {
        boolean onlyReplaced = true;
        while (change.next()) {
            if (!change.wasReplaced() || change.getAddedSize() != change.getRemovedSize()) {
                onlyReplaced = false;
                break;
            }
            for (SummaryLine line : change.getAddedSubList()) {
                TreeItem<SummaryLine> item = items.get(line.id());
                if (item == null) {
                    onlyReplaced = false;
                    break;
                }
                item.setValue(line);
                item.getChildren().get(0).setValue(model.formulaOf(line.id()));
            }
        }
        if (!onlyReplaced) {
            rebuildAll();
        }
    }

    private void rebuildAll() {
        items.clear();
        List<TreeItem<SummaryLine>> all = new java.util.ArrayList<>();
        for (SummaryLine line : model.lines()) {
            TreeItem<SummaryLine> item = new TreeItem<>(line);
            item.getChildren().add(new TreeItem<>(model.formulaOf(line.id())));
            items.put(line.id(), item);
            all.add(item);
        }
        syncing = true;
        table.getRoot().getChildren().setAll(all);
        syncing = false;
        followSelection();
    }

    private void followSelection() {
        syncing = true;
        table.getSelectionModel().clearSelection();
        for (String id : main.selection()) {
            TreeItem<SummaryLine> item = items.get(id);
            if (item != null) {
                table.getSelectionModel().select(item);
            }
        }
        syncing = false;
    }
}
