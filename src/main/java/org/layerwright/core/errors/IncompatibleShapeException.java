package org.layerwright.core.errors;

/** A layer was called on an input whose shape it cannot take. The message suggests a fix where one exists. */
public class IncompatibleShapeException extends LayerwrightException {
    private final String suggestedFix;

    public IncompatibleShapeException(String message) {
        this(message, null);
    }

    public IncompatibleShapeException(String message, String suggestedFix) {
        super(suggestedFix == null ? message : message + " " + suggestedFix);
        this.suggestedFix = suggestedFix;
    }

    /** The short fix suggested to the user (for example "Add a Flatten layer before it."), or null. */
    public String suggestedFix() {
        return suggestedFix;
    }
}
