package org.layerwright.train.callbacks;

import org.layerwright.core.Model;

/** What a callback may do to the fit it belongs to. */
public interface TrainingControl {
    /** The model being trained. */
    Model model();

    /** Asks fit to stop after the current batch; the model keeps the weights it has then. */
    void stopTraining();

    /** True once a stop was asked for. */
    boolean stopRequested();

    /** The optimizer's current learning rate. */
    double learningRate();

    /** Changes the optimizer's learning rate from the next batch on. */
    void setLearningRate(double learningRate);

    /** The number of epochs fit was asked to run. */
    int epochs();

    /** The number of batches in each epoch. */
    int stepsPerEpoch();
}
