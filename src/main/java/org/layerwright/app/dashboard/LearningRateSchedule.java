package org.layerwright.app.dashboard;

import org.layerwright.train.callbacks.Callback;
import org.layerwright.train.callbacks.LearningRateScheduler;
import org.layerwright.train.callbacks.ReduceLROnPlateau;

/** The learning-rate schedules the dashboard offers, each one of Keras's callbacks. */
public enum LearningRateSchedule {
    /** A constant rate. */
    CONSTANT("Constant"),
    /** LearningRateScheduler: the rate times {@code factor} every {@code epochs} epochs. */
    STEP_DECAY("Step decay"),
    /** LearningRateScheduler: the rate times {@code factor} after every epoch. */
    EXPONENTIAL_DECAY("Exponential decay"),
    /** ReduceLROnPlateau: the rate times {@code factor} when the monitored value stalls for {@code epochs} epochs. */
    REDUCE_ON_PLATEAU("Reduce on plateau");

    private final String label;

    LearningRateSchedule(String label) {
        this.label = label;
    }

    /** The callback for this schedule, or null for a constant rate. */
    Callback callback(double factor, int epochs, String monitor) {
        int every = Math.max(1, epochs);
        switch (this) {
            case STEP_DECAY:
                return new LearningRateScheduler((epoch, rate) -> epoch > 0 && epoch % every == 0 ? rate * factor
                        : rate);
            case EXPONENTIAL_DECAY:
                return new LearningRateScheduler((epoch, rate) -> epoch > 0 ? rate * factor : rate);
            case REDUCE_ON_PLATEAU:
                return new ReduceLROnPlateau().monitor(monitor).factor(factor).patience(epochs);
            default:
                return null;
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
