package org.layerwright.train;

import org.layerwright.core.errors.LayerwrightException;

/** A model cannot be trained because one of its layers (or one of its settings) has no training implementation. */
public class UnsupportedLayerException extends LayerwrightException {
    private final String layerName;
    private final String className;

    public UnsupportedLayerException(String layerName, String className, String message) {
        super(message);
        this.layerName = layerName;
        this.className = className;
    }

    /** The name of the layer, such as {@code gru_1}. */
    public String layerName() {
        return layerName;
    }

    /** The Keras class of the layer, such as {@code GRU}. */
    public String className() {
        return className;
    }
}
