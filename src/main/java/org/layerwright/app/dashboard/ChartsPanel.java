package org.layerwright.app.dashboard;

import javafx.beans.binding.Bindings;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The loss chart and the metrics chart, over epochs; per-batch points fall between the epoch points. */
final class ChartsPanel extends HBox {
    ChartsPanel(TrainingCharts charts) {
        super(8);
        LineChart<Number, Number> loss = chart("Loss", charts, true);
        LineChart<Number, Number> metrics = chart("Metrics", charts, false);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(metrics, Priority.ALWAYS);
        getChildren().addAll(loss, metrics);
    }

    private static LineChart<Number, Number> chart(String title, TrainingCharts charts, boolean loss) {
        // Fixed ranges, changed in round steps by the view-model: auto-ranging would lay the axes out again on
        // every update.
        NumberAxis x = new NumberAxis(0, 1, 1);
        x.setLabel("epoch");
        x.setAutoRanging(false);
        x.upperBoundProperty().bind(charts.epochsProperty());
        x.tickUnitProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1.0, Math.ceil(charts.epochsProperty().get() / 10.0)), charts.epochsProperty()));
        ChartRange range = loss ? charts.lossRange() : charts.metricRange();
        NumberAxis y = new NumberAxis();
        y.setAutoRanging(false);
        y.lowerBoundProperty().bind(range.lowerProperty());
        y.upperBoundProperty().bind(range.upperProperty());
        y.tickUnitProperty().bind(range.upperProperty().subtract(range.lowerProperty()).divide(5));
        LineChart<Number, Number> chart = new LineChart<>(x, y, loss ? charts.lossSeries() : charts.metricSeries());
        chart.setTitle(title);
        chart.setId(loss ? "train-loss-chart" : "train-metrics-chart");
        // Redrawing hundreds of points with animation or a symbol each would cost the UI thread for nothing.
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(220);
        chart.setPrefWidth(400);
        return chart;
    }
}
