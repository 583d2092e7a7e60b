package org.layerwright.core.errors;

/** Weights given to a layer or model do not match it in number or shape. */
public class WeightMismatchException extends LayerwrightException {
    public WeightMismatchException(String message) {
        super(message);
    }
}
