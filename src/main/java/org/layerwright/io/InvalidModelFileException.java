package org.layerwright.io;

import org.layerwright.core.errors.LayerwrightException;

/** A file that is not a readable model: not JSON, truncated, or not a Keras model at all. */
public class InvalidModelFileException extends LayerwrightException {
    public InvalidModelFileException(String message) {
        super(message);
    }

    public InvalidModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
