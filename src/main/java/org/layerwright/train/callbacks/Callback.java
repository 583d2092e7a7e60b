package org.layerwright.train.callbacks;

import java.util.Map;

/**
 * A hook into fit, as Keras's callbacks: called at the start and end of training, of each epoch and of each batch.
 * {@code logs} hold the running loss and metrics (batch end), or the epoch's values including {@code val_} ones
 * (epoch end). Epochs and batches are 0-based, as in Keras.
 */
public abstract class Callback {
    private TrainingControl control;

    /** Called by the trainer before training starts. */
    public void setControl(TrainingControl control) {
        this.control = control;
    }

    /** The running fit: stop it, read or change the learning rate, reach the model. */
    protected TrainingControl control() {
        return control;
    }

    /** Before the first epoch. */
    public void onTrainBegin() {
    }

    /** After the last epoch (or the stop), with the last epoch's logs. */
    public void onTrainEnd(Map<String, Double> logs) {
    }

    /** Before each epoch. */
    public void onEpochBegin(int epoch) {
    }

    /** After each epoch and its validation; callbacks may add to {@code logs} (ReduceLROnPlateau adds lr). */
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
    }

    /** Before each training batch. */
    public void onTrainBatchBegin(int batch) {
    }

    /** After each training batch, with the epoch's running loss and metrics. */
    public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
    }
}
