package org.layerwright.train.callbacks;

import java.util.Locale;

/** Which way a monitored quantity improves: Keras's "auto" mode maximises accuracies and AUC, minimises the rest. */
final class Monitor {
    private final boolean maximize;
    private final double minDelta;

    Monitor(String monitor, String mode, double minDelta) {
        String m = mode.toLowerCase(Locale.ROOT);
        if (!m.equals("auto") && !m.equals("min") && !m.equals("max")) {
            throw new IllegalArgumentException("mode must be auto, min or max, received '" + mode + "'.");
        }
        this.maximize = m.equals("max") || m.equals("auto") && (monitor.contains("acc") || monitor.contains("auc")
                || monitor.startsWith("fmeasure"));
        this.minDelta = Math.abs(minDelta);
    }

    /** The starting "best" value: −∞ when maximising, +∞ when minimising. */
    double worst() {
        return maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** True when {@code current} beats {@code best} by more than the minimum delta. */
    boolean improves(double current, double best) {
        return maximize ? current - minDelta > best : current + minDelta < best;
    }
}
