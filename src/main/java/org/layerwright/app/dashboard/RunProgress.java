package org.layerwright.app.dashboard;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The progress bar's value and its line of text: epoch and batch, samples per second (pauses left out) and the
 * time left at that rate. Updated on the UI thread from the newest batch event only.
 */
public final class RunProgress {
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private int epochs;
    private long totalSamples;
    private double samplesPerSecond;
    private boolean paused;

    void begin(int epochs, long totalSamples) {
        this.epochs = epochs;
        this.totalSamples = totalSamples;
        samplesPerSecond = 0;
        paused = false;
        // A determinate bar at 0, not an indeterminate one: the indeterminate bar's first showing costs the UI
        // thread a few hundred milliseconds, just as the run starts.
        fraction.set(0);
        text.set("Preparing the model and the data…");
    }

    void update(TrainingEvent.Batch batch) {
        fraction.set(Math.min(1.0, (double) batch.samplesDone() / Math.max(1, totalSamples)));
        samplesPerSecond = batch.samplesDone() / Math.max(1e-6, batch.activeSeconds());
        double left = (totalSamples - batch.samplesDone()) / Math.max(1e-6, samplesPerSecond);
        text.set((paused ? "Paused · " : "") + String.format(Locale.ROOT, "Epoch %d/%d · batch %d/%d · %,.0f samples/s · %s left",
                batch.epoch() + 1, epochs, batch.batch() + 1, batch.steps(), samplesPerSecond, duration(left)));
    }

    void paused() {
        paused = true;
        text.set("Paused · " + text.get());
    }

    void resumed() {
        paused = false;
        text.set(text.get().replaceFirst("^Paused · ", ""));
    }

    void ended(boolean finished) {
        paused = false;
        if (finished) {
            fraction.set(1.0);
        }
        text.set(samplesPerSecond > 0 ? String.format(Locale.ROOT, "%,.0f samples/s", samplesPerSecond) : "");
    }

    /** The part of the run's training samples done, 0 to 1. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The latest measured rate, in training samples per second (0 before the first batch). */
    public double samplesPerSecond() {
        return samplesPerSecond;
    }

    /** {@code 45 s}, {@code 3 min 12 s}, {@code 1 h 05 min}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
