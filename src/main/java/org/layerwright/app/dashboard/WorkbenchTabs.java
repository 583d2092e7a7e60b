package org.layerwright.app.dashboard;

import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.layerwright.app.workbench.MainViewModel;

/**
 * The main window's two views, "Model" (the editor) and "Train" (the dashboard), switched by two tab buttons at
 * the right end of the menu bar's row, so that the editor keeps all of its height. The dashboard checks the data
 * against the model each time it is shown.
 */
public final class WorkbenchTabs extends StackPane {
    private final Node editor;
    private final DashboardView dashboard;
    private final ToggleButton modelTab = new ToggleButton("Model");
    private final ToggleButton trainTab = new ToggleButton("Train");

    public WorkbenchTabs(Node editor, MainViewModel main, Executor background) {
        this.editor = editor;
        dashboard = new DashboardView(new DashboardViewModel(main, background));
        dashboard.setVisible(false);
        getChildren().addAll(editor, dashboard);
        setId("main-tabs");
        ToggleGroup group = new ToggleGroup();
        modelTab.setToggleGroup(group);
        trainTab.setToggleGroup(group);
        modelTab.setId("tab-model");
        trainTab.setId("tab-train");
        modelTab.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, tab) -> {
            if (tab == null) {
                // A click on the selected tab keeps it selected.
                group.selectToggle(old);
                return;
            }
            show(tab == trainTab);
        });
        TrainingSnapshots.scheduleIfAsked(this, main);
    }

    /** The menu bar with the tab buttons at the right end of its row. */
    public HBox withTabs(Node menuBar) {
        HBox tabs = new HBox(2, modelTab, trainTab);
        tabs.getStyleClass().add("view-tabs");
        tabs.setAlignment(Pos.CENTER);
        HBox row = new HBox(menuBar, tabs);
        row.getStyleClass().add("menu-row");
        row.getStylesheets().add(WorkbenchTabs.class.getResource("dashboard.css").toExternalForm());
        HBox.setHgrow(menuBar, Priority.ALWAYS);
        return row;
    }

    private void show(boolean train) {
        editor.setVisible(!train);
        dashboard.setVisible(train);
        if (train) {
            dashboard.model().activate();
        } else {
            dashboard.model().deactivate();
        }
    }

    /** Shows the Train view. */
    public void showTrain() {
        trainTab.setSelected(true);
    }

    public DashboardView dashboard() {
        return dashboard;
    }
}
