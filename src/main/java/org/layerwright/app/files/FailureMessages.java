package org.layerwright.app.files;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.layerwright.core.errors.LayerwrightException;

/** Turns what went wrong into one sentence for a dialog: the typed message, never a stack trace. */
final class FailureMessages {
    private FailureMessages() {
    }

    static String of(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (cause instanceof LayerwrightException && message != null) {
            return message;
        }
        if (cause instanceof OutOfMemoryError) {
            return "Layerwright ran out of memory. Start it with a larger heap (java -Xmx4g -jar layerwright.jar).";
        }
        // Not one of ours: say what it was in words, so the report is still useful.
        String kind = cause.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        String said = message == null ? "" : ": " + message.strip();
        return "Unexpected " + kind + said + (said.matches(".*[.!?]$") ? "" : ".")
                + " The file may be damaged or of a kind Layerwright does not read.";
    }
}
