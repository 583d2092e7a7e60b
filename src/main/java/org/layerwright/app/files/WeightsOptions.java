package org.layerwright.app.files;

/**
 * Keras's choices for {@code model.load_weights(file, by_name, skip_mismatch)}.
 *
 * @param byName       match saved layers by name instead of by position
 * @param skipMismatch skip layers whose weights do not fit (only by name, as in Keras)
 */
public record WeightsOptions(boolean byName, boolean skipMismatch) {
    public WeightsOptions {
        if (skipMismatch && !byName) {
            throw new IllegalArgumentException("skip_mismatch can only be set when loading by name.");
        }
    }
}
