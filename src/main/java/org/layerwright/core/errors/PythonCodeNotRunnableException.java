package org.layerwright.core.errors;

/**
 * A layer holds Python code (a Keras {@code Lambda}) and something asked to run it. Layerwright reads, shows and
 * writes such layers but never executes the code in them.
 */
public class PythonCodeNotRunnableException extends LayerwrightException {
    public PythonCodeNotRunnableException(String message) {
        super(message);
    }
}
