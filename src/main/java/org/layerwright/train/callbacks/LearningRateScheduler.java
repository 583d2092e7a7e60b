package org.layerwright.train.callbacks;

import java.util.Map;

/**
 * Keras's LearningRateScheduler: before each epoch, sets the learning rate to {@code schedule(epoch, lr)}
 * (epoch 0-based); logs the rate as {@code lr}.
 */
public final class LearningRateScheduler extends Callback {
    /** The schedule: the new rate from the 0-based epoch and the current rate. */
    @FunctionalInterface
    public interface Schedule {
        double rate(int epoch, double currentRate);
    }

    private final Schedule schedule;

    public LearningRateScheduler(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void onEpochBegin(int epoch) {
        control().setLearningRate(schedule.rate(epoch, control().learningRate()));
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        logs.put("lr", control().learningRate());
    }
}
