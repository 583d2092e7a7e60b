package org.layerwright.app.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;

/**
 * A chart series that stays small however long the run: it keeps every {@code stride}-th point, and when it holds
 * more than {@code cap} points it drops every other one and doubles the stride. A long run thus draws at most
 * {@code cap} points, spread evenly over the whole run.
 */
final class DecimatedSeries {
    private final XYChart.Series<Number, Number> series;
    private final int cap;
    private int stride = 1;
    private long offered;

    DecimatedSeries(String name, int cap) {
        this.series = new XYChart.Series<>();
        this.series.setName(name);
        this.cap = cap;
    }

    XYChart.Series<Number, Number> series() {
        return series;
    }

    /** Offers a point; non-finite values are never drawn. */
    void offer(double x, double y) {
        if (!Double.isFinite(y) || offered++ % stride != 0) {
            return;
        }
        series.getData().add(new XYChart.Data<>(x, y));
        if (series.getData().size() > cap) {
            List<XYChart.Data<Number, Number>> kept = new ArrayList<>(cap / 2 + 1);
            // Fresh points: the chart mishandles a Data object removed and added back in one change.
            for (int i = 0; i < series.getData().size(); i += 2) {
                XYChart.Data<Number, Number> point = series.getData().get(i);
                kept.add(new XYChart.Data<>(point.getXValue(), point.getYValue()));
            }
            series.getData().setAll(kept);
            stride *= 2;
        }
    }

    int size() {
        return series.getData().size();
    }
}
