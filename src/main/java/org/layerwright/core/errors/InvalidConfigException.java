package org.layerwright.core.errors;

/** A model or layer config cannot be read; the message names the place (layer, key) and the problem. */
public class InvalidConfigException extends LayerwrightException {
    public InvalidConfigException(String message) {
        super(message);
    }

    public InvalidConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
