package org.layerwright.app.dashboard;

import org.layerwright.train.callbacks.Callback;

/**
 * Pauses and stops a fit from outside: before each batch, the TRAINING thread waits here while the run is paused,
 * and asks the trainer to stop once a stop was requested (also when it was requested before fit began). The UI
 * thread only flips flags and never waits. Also keeps the time spent paused, so rates leave pauses out.
 */
final class RunGate extends Callback {
    private boolean paused;
    private boolean stopped;
    private long pausedNanos;
    private long pausedSince;

    /** Holds the training thread before its next batch. */
    synchronized void pause() {
        if (!paused && !stopped) {
            paused = true;
            pausedSince = System.nanoTime();
        }
    }

    /** Lets the training thread go on. */
    synchronized void resume() {
        if (paused) {
            paused = false;
            pausedNanos += System.nanoTime() - pausedSince;
            notifyAll();
        }
    }

    /** Ends the run before its next batch (a paused run ends at once). */
    synchronized void stop() {
        stopped = true;
        resume();
    }

    synchronized boolean stopped() {
        return stopped;
    }

    /** Nanoseconds spent paused so far, including the pause under way. */
    synchronized long pausedNanos() {
        return pausedNanos + (paused ? System.nanoTime() - pausedSince : 0);
    }

    @Override
    public void onTrainBatchBegin(int batch) {
        synchronized (this) {
            while (paused) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                    break;
                }
            }
            if (!stopped) {
                return;
            }
        }
        control().stopTraining();
    }
}
