package org.layerwright.core.errors;

/** A layer was given an argument it cannot accept, such as {@code Dense(0)} or an unknown activation. */
public class InvalidLayerArgumentException extends LayerwrightException {
    public InvalidLayerArgumentException(String message) {
        super(message);
    }
}
