package org.layerwright.core.errors;

/** An operation that a kind of model cannot support, such as serializing a subclassed model. */
public class UnsupportedModelOperationException extends LayerwrightException {
    public UnsupportedModelOperationException(String message) {
        super(message);
    }
}
