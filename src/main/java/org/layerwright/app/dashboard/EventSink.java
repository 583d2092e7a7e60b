package org.layerwright.app.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import org.layerwright.train.callbacks.Callback;

/**
 * Runs on the training thread: turns each batch and epoch into a {@link TrainingEvent} on a queue. It never touches
 * JavaFX; the UI drains the queue at its own pace, so a fast run cannot flood the UI thread.
 */
final class EventSink extends Callback {
    private final Queue<TrainingEvent> queue;
    private final RunGate gate;
    private final int batchSize;
    private final int trainSamples;
    private long startNanos;
    private int epoch;

    EventSink(Queue<TrainingEvent> queue, RunGate gate, int batchSize, int trainSamples) {
        this.queue = queue;
        this.gate = gate;
        this.batchSize = batchSize;
        this.trainSamples = trainSamples;
    }

    @Override
    public void onTrainBegin() {
        startNanos = System.nanoTime();
    }

    @Override
    public void onEpochBegin(int epoch) {
        this.epoch = epoch;
    }

    @Override
    public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
        long done = (long) epoch * trainSamples + Math.min((long) (batch + 1) * batchSize, trainSamples);
        double active = (System.nanoTime() - startNanos - gate.pausedNanos()) / 1e9;
        queue.add(new TrainingEvent.Batch(epoch, batch, control().stepsPerEpoch(), done, active,
                new LinkedHashMap<>(logs)));
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        queue.add(new TrainingEvent.Epoch(epoch, new LinkedHashMap<>(logs)));
    }
}
