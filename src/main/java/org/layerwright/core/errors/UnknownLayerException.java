package org.layerwright.core.errors;

/** A config names a layer class that Layerwright does not know. */
public class UnknownLayerException extends InvalidConfigException {
    private final String className;

    public UnknownLayerException(String className, String message) {
        super(message);
        this.className = className;
    }

    /** The unknown {@code class_name}. */
    public String className() {
        return className;
    }
}
