package org.layerwright.app.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.train.callbacks.Callback;
import org.layerwright.train.callbacks.EarlyStopping;

/**
 * The settings of one run, read once on the UI thread: the training thread never reads JavaFX properties, and
 * builds the callbacks itself (so their classes load there, not on the UI thread).
 */
record SettingsValues(String loss, String optimizer, double learningRate, int batchSize, int epochs,
        double validationSplit, List<String> metrics, boolean earlyStopping, String earlyStoppingMonitor,
        int earlyStoppingPatience, LearningRateSchedule schedule, double scheduleFactor, int scheduleEpochs) {
    /** The callbacks these settings ask for: early stopping and the learning-rate schedule. */
    List<Callback> callbacks() {
        List<Callback> callbacks = new ArrayList<>();
        if (earlyStopping) {
            callbacks.add(new EarlyStopping(earlyStoppingMonitor).patience(earlyStoppingPatience));
        }
        Callback scheduler = schedule.callback(scheduleFactor, scheduleEpochs, validationSplit > 0 ? "val_loss"
                : "loss");
        if (scheduler != null) {
            callbacks.add(scheduler);
        }
        return callbacks;
    }

    /** The settings as Keras's arguments, for the log. */
    String describe() {
        return "optimizer=" + optimizer + " (learning_rate=" + learningRate + "), loss=" + loss + ", metrics="
                + metrics + ", batch_size=" + batchSize + ", epochs=" + epochs + ", validation_split="
                + validationSplit + (earlyStopping ? ", EarlyStopping(" + earlyStoppingMonitor + ", patience="
                + earlyStoppingPatience + ")" : "") + (schedule != LearningRateSchedule.CONSTANT ? ", " + schedule
                + " (factor " + scheduleFactor + ", " + scheduleEpochs + " epochs)" : "");
    }
}
