package org.layerwright.app.dashboard;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * A chart's y range that only widens, in round steps (1, 2, 2.5, 5 × 10^k), to include every finite value; it
 * starts at [0, 1] and includes 0, as loss and accuracy charts do.
 */
public final class ChartRange {
    private final ReadOnlyDoubleWrapper lower = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper upper = new ReadOnlyDoubleWrapper(1);

    void reset() {
        lower.set(0);
        upper.set(1);
    }

    void include(double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        if (value > upper.get()) {
            upper.set(round(value));
        } else if (value < lower.get()) {
            lower.set(-round(-value));
        }
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code value} (> 0). */
    static double round(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    public ReadOnlyDoubleProperty lowerProperty() {
        return lower.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty upperProperty() {
        return upper.getReadOnlyProperty();
    }
}
