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

    public void onTrainBegin() {
    }

    public void onTrainEnd(Map<String, Double> logs) {
    }

    public void onEpochBegin(int epoch) {
    }

    public void onEpochEnd(int epoch, Map<String, Double> logs) {
    }

    public void onTrainBatchBegin(int batch) {
    }

    public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
    }
}
