package org.layerwright.app.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * The data behind the two charts: loss, and the metrics. Each value gets a per-batch series (the epoch's running
 * value, decimated) and per-epoch series for training and validation. The x axis counts epochs, so batch points
 * fall between the epoch points. The axes' ranges are kept here too, and change only in round steps: an axis that
 * re-ranged on every point would lay out its tick labels again on every update, which costs the UI thread most.
 * Only touched on the UI thread.
 */
public final class TrainingCharts {
    private static final int BATCH_POINTS = 400;
    private static final int EPOCH_POINTS = 1000;

    private final ObservableList<XYChart.Series<Number, Number>> loss = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, Number>> metrics = FXCollections.observableArrayList();
    private final Map<String, DecimatedSeries> series = new LinkedHashMap<>();
    private final ChartRange lossRange = new ChartRange();
    private final ChartRange metricRange = new ChartRange();
    private final ReadOnlyIntegerWrapper epochs = new ReadOnlyIntegerWrapper(1);

    /** The loss chart's series: loss per batch, loss and val_loss per epoch. */
    public ObservableList<XYChart.Series<Number, Number>> lossSeries() {
        return loss;
    }

    /** The metrics chart's series: each metric per batch, per epoch, and its val_ twin. */
    public ObservableList<XYChart.Series<Number, Number>> metricSeries() {
        return metrics;
    }

    /** Points in the series called {@code name} (such as "loss (batch)" or "val_accuracy"); 0 when absent. */
    public int points(String name) {
        DecimatedSeries s = series.get(name);
        return s == null ? 0 : s.size();
    }

    /** The loss chart's y range, widened in round steps as values arrive. */
    public ChartRange lossRange() {
        return lossRange;
    }

    /** The metrics chart's y range. */
    public ChartRange metricRange() {
        return metricRange;
    }

    /** The epochs the run plans: the x axis's length, fixed for the run. */
    public ReadOnlyIntegerProperty epochsProperty() {
        return epochs.getReadOnlyProperty();
    }

    /** Forgets every point, for a new run of {@code plannedEpochs} epochs. */
    public void clear(int plannedEpochs) {
        series.clear();
        loss.clear();
        metrics.clear();
        lossRange.reset();
        metricRange.reset();
        epochs.set(Math.max(1, plannedEpochs));
    }

    void addBatch(TrainingEvent.Batch event) {
        double x = event.epoch() + (event.batch() + 1.0) / event.steps();
        for (Map.Entry<String, Double> e : event.logs().entrySet()) {
            seriesFor(e.getKey() + " (batch)", e.getKey(), BATCH_POINTS).offer(x, e.getValue());
            rangeFor(e.getKey()).include(e.getValue());
        }
    }

    void addEpoch(TrainingEvent.Epoch event) {
        for (Map.Entry<String, Double> e : event.logs().entrySet()) {
            if (!e.getKey().equals("lr")) {
                seriesFor(e.getKey(), e.getKey(), EPOCH_POINTS).offer(event.epoch() + 1.0, e.getValue());
                rangeFor(e.getKey()).include(e.getValue());
            }
        }
    }

    private ChartRange rangeFor(String key) {
        return key.equals("loss") || key.equals("val_loss") ? lossRange : metricRange;
    }

    private DecimatedSeries seriesFor(String name, String key, int cap) {
        DecimatedSeries s = series.get(name);
        if (s == null) {
            s = new DecimatedSeries(name, cap);
            series.put(name, s);
            String base = key.startsWith("val_") ? key.substring(4) : key;
            (base.equals("loss") ? loss : metrics).add(s.series());
        }
        return s;
    }
}
