package org.layerwright.app.dashboard;

import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.layerwright.app.workbench.MainViewModel;

/** The main window's two tabs: "Model" (the editor) and "Train" (the dashboard, checked each time it is shown). */
public final class WorkbenchTabs extends TabPane {
    private final Tab trainTab;
    private final DashboardView dashboard;

    public WorkbenchTabs(Node editor, MainViewModel main, Executor background) {
        dashboard = new DashboardView(new DashboardViewModel(main, background));
        Tab modelTab = new Tab("Model", editor);
        modelTab.setId("tab-model");
        trainTab = new Tab("Train", dashboard);
        trainTab.setId("tab-train");
        getTabs().addAll(modelTab, trainTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setId("main-tabs");
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == trainTab) {
                dashboard.model().activate();
            }
        });
        TrainingSnapshots.scheduleIfAsked(this, main);
    }

    /** Shows the Train tab. */
    public void showTrain() {
        getSelectionModel().select(trainTab);
    }

    public DashboardView dashboard() {
        return dashboard;
    }
}
