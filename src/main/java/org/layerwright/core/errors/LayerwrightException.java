package org.layerwright.core.errors;

/**
 * Base of every error Layerwright reports about a user's model, layer or file. Its message is written for the
 * user: what happened, what was expected, and how to fix it.
 */
public class LayerwrightException extends RuntimeException {
    public LayerwrightException(String message) {
        super(message);
    }

    public LayerwrightException(String message, Throwable cause) {
        super(message, cause);
    }
}
