package org.layerwright.app.dashboard;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Train tab: data and settings on the left; the run's controls, live charts, Keras's log and the results on
 * the right. It only wires views to the {@link DashboardViewModel}.
 */
public final class DashboardView extends BorderPane {
    private final DashboardViewModel model;

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        getStyleClass().add("dashboard");
        getStylesheets().add(DashboardView.class.getResource("dashboard.css").toExternalForm());
        TrainingSession session = model.session();
        BooleanBinding running = Bindings.createBooleanBinding(() -> session.stateProperty().get().active(),
                session.stateProperty());
        VBox left = new VBox(12, new DataPanel(model, running), new SettingsPanel(model.settings(), running));
        left.getStyleClass().add("dashboard-left");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setPrefWidth(360);
        leftScroll.setMinWidth(300);
        ChartsPanel charts = new ChartsPanel(session.charts());
        VBox.setVgrow(charts, Priority.ALWAYS);
        SplitPane lower = new SplitPane(log(session), scrolled(new ResultsPanel(session)));
        lower.setDividerPositions(0.5);
        lower.setPrefHeight(330);
        VBox centre = new VBox(8, new RunControls(model), charts, lower);
        centre.getStyleClass().add("dashboard-centre");
        setLeft(leftScroll);
        setCenter(centre);
    }

    /** The view-model behind this view. */
    public DashboardViewModel model() {
        return model;
    }

    private static VBox log(TrainingSession session) {
        Label title = new Label("Log");
        title.getStyleClass().add("panel-title");
        ListView<String> lines = new ListView<>(session.log());
        lines.setId("train-log");
        lines.getStyleClass().add("train-log");
        Label placeholder = new Label("Keras's progress lines appear here during training.");
        // In the log's font, so that the font is loaded when the tab opens rather than when training starts.
        placeholder.getStyleClass().add("log-font");
        lines.setPlaceholder(placeholder);
        // Epoch lines are long (every metric, training and validation): wrap them rather than hide their end.
        lines.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        // Follow the newest line, as a terminal does: once per batch of new lines, not once per line.
        boolean[] scrollPending = {false};
        session.log().addListener((ListChangeListener<String>) change -> {
            if (!scrollPending[0]) {
                scrollPending[0] = true;
                Platform.runLater(() -> {
                    scrollPending[0] = false;
                    lines.scrollTo(Math.max(0, session.log().size() - 1));
                });
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);
        return new VBox(4, title, lines);
    }

    private static ScrollPane scrolled(VBox content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
