package org.layerwright.app.files;

import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Waits on the UI thread for work that completes on the UI thread, as a modal dialog waits: events keep being
 * handled (the window repaints and stays responsive) in a nested event loop until the work is done. Used where
 * an answer must be given before the caller returns (a window close request, the unsaved-changes prompt).
 */
final class NestedWait {
    private NestedWait() {
    }

    /** True when the UI thread may wait here (not during animation or layout, nor off the UI thread). */
    static boolean possible() {
        return Platform.isFxApplicationThread() && Platform.canStartNestedEventLoop();
    }

    /** Waits until {@code work} is done and returns its value (null when it failed). Call when {@link #possible()}. */
    static <T> T await(CompletableFuture<T> work) {
        if (!work.isDone()) {
            Object key = new Object();
            work.whenComplete((value, error) -> exit(key));
            Platform.enterNestedEventLoop(key);
        }
        return work.isCompletedExceptionally() ? null : work.join();
    }

    private static void exit(Object key) {
        try {
            Platform.exitNestedEventLoop(key, null);
        } catch (IllegalArgumentException | IllegalStateException dialogOpen) {
            // A dialog opened while waiting runs a loop inside this one: leave ours once it is closed.
            PauseTransition later = new PauseTransition(Duration.millis(50));
            later.setOnFinished(event -> exit(key));
            later.play();
        }
    }
}
