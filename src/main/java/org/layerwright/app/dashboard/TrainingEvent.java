package org.layerwright.app.dashboard;

import java.util.Map;

/** What the training thread hands to the UI thread, through a queue drained a few times a second. */
sealed interface TrainingEvent {
    /**
     * After a batch: where the run is, and the epoch's running loss and metrics.
     *
     * @param samplesDone training samples processed so far in the whole run
     * @param activeSeconds seconds of training so far, pauses left out
     */
    record Batch(int epoch, int batch, int steps, long samplesDone, double activeSeconds, Map<String, Double> logs)
            implements TrainingEvent {
    }

    /** After an epoch and its validation: the epoch's values, {@code val_} ones included. */
    record Epoch(int epoch, Map<String, Double> logs) implements TrainingEvent {
    }

    /** A line of Keras's progress log ({@code Epoch 1/5}, then the epoch's bar and values). */
    record LogLine(String text) implements TrainingEvent {
    }

    /** The run ended: finished, stopped, stopped by a NaN loss ({@code failure} says why), or failed. */
    record Ended(RunState state, String failure, TrainingResults results) implements TrainingEvent {
    }
}
