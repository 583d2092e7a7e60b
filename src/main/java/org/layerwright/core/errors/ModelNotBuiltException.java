package org.layerwright.core.errors;

/** A model or layer was asked for something that exists only once it is built (summary, weights, counts). */
public class ModelNotBuiltException extends LayerwrightException {
    public ModelNotBuiltException(String message) {
        super(message);
    }
}
