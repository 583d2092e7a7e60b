package org.layerwright.train.data;

import org.layerwright.core.errors.LayerwrightException;

/** A data set or data file cannot be read; the message names the file and says what is wrong. */
public class DatasetException extends LayerwrightException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
