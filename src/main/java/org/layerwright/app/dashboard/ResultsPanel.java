package org.layerwright.app.dashboard;

import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A run's results: final metrics, the confusion matrix, and a grid of sample predictions. */
final class ResultsPanel extends VBox {
    ResultsPanel(TrainingSession session) {
        super(6);
        setId("train-results");
        getStyleClass().add("dashboard-section");
        session.resultsProperty().addListener((obs, old, results) -> show(results));
        show(null);
    }

    private void show(TrainingResults results) {
        Label title = new Label("Results");
        title.getStyleClass().add("panel-title");
        getChildren().setAll(title);
        if (results == null) {
            getChildren().add(new Label("The confusion matrix and sample predictions appear when a run ends."));
            return;
        }
        Label metrics = new Label(finalValues(results.finalLogs()));
        metrics.setId("train-final-metrics");
        metrics.setWrapText(true);
        getChildren().addAll(metrics, new Label("On " + results.evaluatedOn() + ":"));
        HBox body = new HBox(16);
        if (results.confusion() != null) {
            body.getChildren().add(new ConfusionMatrixView(results.confusion(), results.classNames()));
        }
        body.getChildren().add(predictions(results));
        getChildren().add(body);
    }

    private static String finalValues(Map<String, Double> logs) {
        if (logs.isEmpty()) {
            return "No epoch finished.";
        }
        StringBuilder s = new StringBuilder("Final:");
        logs.forEach((name, value) -> s.append(String.format(Locale.ROOT, "  %s %.4f", name, value)));
        return s.toString();
    }

    private static FlowPane predictions(TrainingResults results) {
        FlowPane grid = new FlowPane(6, 6);
        grid.setId("train-predictions");
        grid.setPrefWrapLength(8 * 56);
        for (SamplePrediction sample : results.samples()) {
            Label caption = new Label(sample.truth() + " → " + sample.predicted());
            caption.getStyleClass().add(results.confusion() == null ? "prediction"
                    : sample.correct() ? "prediction-right" : "prediction-wrong");
            VBox cell = sample.image() != null ? new VBox(2, SampleImages.view(sample.image(), 48), caption)
                    : new VBox(2, new Label(sample.features()), caption);
            cell.getStyleClass().add("prediction-cell");
            grid.getChildren().add(cell);
        }
        return grid;
    }
}
