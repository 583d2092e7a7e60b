package org.layerwright.app.workbench;

import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.layerwright.app.canvas.CanvasView;
import org.layerwright.app.canvas.CanvasViewModel;
import org.layerwright.app.dashboard.WorkbenchTabs;
import org.layerwright.app.inspector.InspectorView;
import org.layerwright.app.inspector.InspectorViewModel;
import org.layerwright.app.palette.PaletteView;
import org.layerwright.app.palette.PaletteViewModel;
import org.layerwright.app.summary.SummaryView;
import org.layerwright.app.summary.SummaryViewModel;

/**
 * The main window's content: palette on the left, canvas in the middle over the live summary, inspector and
 * problems on the right (the "Model" tab, beside the "Train" tab), menus on top, status below. It only wires views to their view-models.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel main;
    private final CanvasView canvas;
    private final SummaryViewModel summary;
    private final WorkbenchTabs tabs;

    public MainWindow(MainViewModel main, Executor background, DocumentOpener opener) {
        this.main = main;
        getStyleClass().add("main-window");
        CanvasViewModel canvasModel = new CanvasViewModel(main);
        canvas = new CanvasView(canvasModel);
        summary = new SummaryViewModel(main, background);
        PaletteView palette = new PaletteView(new PaletteViewModel(main));
        palette.setPrefWidth(210);
        InspectorView inspector = new InspectorView(new InspectorViewModel(main));
        VBox right = new VBox(inspector, problems(canvasModel));
        VBox.setVgrow(inspector, Priority.ALWAYS);
        right.setPrefWidth(330);
        SplitPane centre = new SplitPane(canvas, new SummaryView(summary, main));
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.6);
        SplitPane columns = new SplitPane(palette, centre, right);
        columns.setDividerPositions(0.16, 0.74);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(right, false);
        setTop(new MainMenu(main, this, opener).build());
        tabs = new WorkbenchTabs(columns, main, background);
        setCenter(tabs);
        setTop(tabs.withTabs(getTop()));
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(main.statusProperty());
        status.getStyleClass().add("status-bar");
        setBottom(status);
    }

    private Node problems(CanvasViewModel canvasModel) {
        Label title = new Label("Problems");
        title.getStyleClass().add("panel-title");
        ListView<CanvasViewModel.ProblemItem> list = new ListView<>(canvasModel.problems());
        list.setId("problems");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("No problems: every layer has a shape."));
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CanvasViewModel.ProblemItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                main.select(item.id());
            }
        });
        list.setOnMouseClicked(event -> {
            CanvasViewModel.ProblemItem item = list.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && item != null) {
                main.applySuggestedFix(item.id());
            }
        });
        VBox box = new VBox(4, title, list);
        box.getStyleClass().add("problems");
        return box;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public SummaryViewModel summary() {
        return summary;
    }

    /** The "Model" and "Train" tabs. */
    public WorkbenchTabs tabs() {
        return tabs;
    }

    /** F2: puts the cursor in the inspector's name field. */
    void focusName() {
        Node field = lookup("#arg-name");
        if (field instanceof TextField text) {
            text.requestFocus();
            text.selectAll();
        }
    }
}
