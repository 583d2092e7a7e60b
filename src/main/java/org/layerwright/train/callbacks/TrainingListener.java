package org.layerwright.train.callbacks;

import java.util.Map;

/**
 * A simple observer of training, for a live chart or a progress display: one call per batch and one per epoch.
 * Either can stop the training through {@link Progress#stop()}; the stop takes effect between batches.
 */
public interface TrainingListener {
    /** Where training is, and the way to stop it. */
    interface Progress {
        /** The 0-based epoch. */
        int epoch();

        /** The 0-based batch within the epoch (the last batch at the end of an epoch). */
        int batch();

        /** The running loss and metrics, or the epoch's values including {@code val_} ones at the end of an epoch. */
        Map<String, Double> logs();

        /** Stops training after the current batch. */
        void stop();
    }

    /** After each training batch. */
    default void onBatchEnd(Progress progress) {
    }

    /** After each epoch, once validation ran. */
    default void onEpochEnd(Progress progress) {
    }

    /** Adapts this listener to the callback machinery. */
    default Callback asCallback() {
        TrainingListener listener = this;
        return new Callback() {
            private int epoch;

            @Override
            public void onEpochBegin(int epoch) {
                this.epoch = epoch;
            }

            @Override
            public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
                listener.onBatchEnd(progress(batch, logs));
            }

            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs) {
                listener.onEpochEnd(progress(control().stepsPerEpoch() - 1, logs));
            }

            private Progress progress(int batch, Map<String, Double> logs) {
                int currentEpoch = epoch;
                TrainingControl control = control();
                return new Progress() {
                    @Override
                    public int epoch() {
                        return currentEpoch;
                    }

                    @Override
                    public int batch() {
                        return batch;
                    }

                    @Override
                    public Map<String, Double> logs() {
                        return logs;
                    }

                    @Override
                    public void stop() {
                        control.stopTraining();
                    }
                };
            }
        };
    }
}
