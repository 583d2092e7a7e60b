package org.layerwright.train;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A fit running on a background thread. {@link #stop()} ends it between batches; the model keeps the weights it
 * has then, and {@link #await()} returns the History of the epochs that finished.
 */
public final class TrainingRun {
    private final Trainer trainer;
    private final CompletableFuture<History> result;

    TrainingRun(Trainer trainer, CompletableFuture<History> result) {
        this.trainer = trainer;
        this.result = result;
    }

    /** Asks the training to stop after the current batch. */
    public void stop() {
        trainer.stopTraining();
    }

    /** True once training finished, stopped or failed. */
    public boolean isDone() {
        return result.isDone();
    }

    /** Waits for the end of training; rethrows what training threw. */
    public History await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The future itself, to chain work after training. */
    public CompletableFuture<History> future() {
        return result;
    }
}
