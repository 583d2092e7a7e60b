package org.layerwright.core.errors;

/** A model's layer graph cannot be built: a cycle, a missing input, a duplicate layer name. */
public class InvalidGraphException extends LayerwrightException {
    public InvalidGraphException(String message) {
        super(message);
    }
}
