package org.layerwright.app.dashboard;

/** Where a training run is. */
public enum RunState {
    /** No run yet. */
    IDLE,
    /** Preparing or training. */
    RUNNING,
    /** Held between two batches. */
    PAUSED,
    /** Ran every epoch (or early stopping ended it). */
    FINISHED,
    /** Stopped by the user; the model keeps the weights it had. */
    STOPPED,
    /** Could not train, or the loss became NaN: the message says why. */
    FAILED;

    /** True while a run is under way (running or paused). */
    public boolean active() {
        return this == RUNNING || this == PAUSED;
    }
}
