package org.layerwright.io;

import org.layerwright.core.errors.LayerwrightException;

/**
 * A file that is not a readable model: not JSON or YAML, truncated, not a Keras model at all, or a model with a
 * layer Layerwright cannot read. The message names the file, the place (a layer name or a JSON path) when there is
 * one, and the problem.
 */
public class InvalidModelFileException extends LayerwrightException {
    private final String file;
    private final String place;

    public InvalidModelFileException(String message) {
        this(message, (Throwable) null);
    }

    public InvalidModelFileException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.place = null;
    }

    /** An error at a place in a file: the message reads {@code FILE: PLACE: PROBLEM}. */
    public InvalidModelFileException(String file, String place, String problem, Throwable cause) {
        super((file == null ? "" : file + ": ") + (place == null ? "" : place + ": ") + problem, cause);
        this.file = file;
        this.place = place;
    }

    /** The file, or null when the model came from a string. */
    public String file() {
        return file;
    }

    /** The place in the document (JSON path and layer name), or null. */
    public String place() {
        return place;
    }
}
