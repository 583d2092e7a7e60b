package org.layerwright.train.metrics;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A Keras metric: it accumulates over the batches of an epoch and reports one number. */
public interface Metric {
    /** The name in logs and History, such as {@code accuracy} or {@code val_accuracy} without the prefix. */
    String name();

    /** Adds one batch. */
    void update(INDArray yTrue, INDArray yPred);

    /** The value over every batch since the last {@link #reset}. */
    double result();

    /** Starts again (at each epoch, and before evaluation). */
    void reset();
}
