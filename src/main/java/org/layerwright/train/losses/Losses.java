package org.layerwright.train.losses;

import java.util.Locale;
import org.layerwright.core.errors.InvalidLayerArgumentException;

/** Keras's losses by the names {@code compile(loss=...)} accepts. */
public final class Losses {
    private Losses() {
    }

    /** categorical_crossentropy; {@code fromLogits} when the model outputs logits rather than probabilities. */
    public static Loss categoricalCrossentropy(boolean fromLogits) {
        return new CrossEntropy(false, fromLogits);
    }

    /** sparse_categorical_crossentropy: labels are class indices. */
    public static Loss sparseCategoricalCrossentropy(boolean fromLogits) {
        return new CrossEntropy(true, fromLogits);
    }

    /** binary_crossentropy. */
    public static Loss binaryCrossentropy(boolean fromLogits) {
        return ElementwiseLosses.binaryCrossentropy(fromLogits);
    }

    /** Huber loss with threshold {@code delta} (Keras's default is 1.0). */
    public static Loss huber(double delta) {
        return ElementwiseLosses.huber(delta);
    }

    /**
     * The loss Keras calls {@code name}, taking logits when {@code fromLogits} (Keras's {@code from_logits=True}),
     * which only the cross-entropies accept.
     */
    public static Loss get(String name, boolean fromLogits) {
        if (!fromLogits) {
            return get(name);
        }
        switch (name.toLowerCase(Locale.ROOT)) {
            case "categorical_crossentropy":
                return categoricalCrossentropy(true);
            case "sparse_categorical_crossentropy":
                return sparseCategoricalCrossentropy(true);
            case "binary_crossentropy":
                return binaryCrossentropy(true);
            default:
                get(name);
                throw new InvalidLayerArgumentException("from_logits applies to the cross-entropy losses, not to '"
                        + name + "'. Drop it, or use categorical, sparse_categorical or binary_crossentropy.");
        }
    }

    /**
     * The loss Keras calls {@code name}: categorical_crossentropy, sparse_categorical_crossentropy,
     * binary_crossentropy, mse / mean_squared_error, mae / mean_absolute_error, huber / huber_loss, hinge,
     * kl_divergence / kld / kullback_leibler_divergence.
     */
    public static Loss get(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "categorical_crossentropy":
                return categoricalCrossentropy(false);
            case "sparse_categorical_crossentropy":
                return sparseCategoricalCrossentropy(false);
            case "binary_crossentropy":
                return binaryCrossentropy(false);
            case "mse":
            case "mean_squared_error":
                return ElementwiseLosses.meanSquaredError();
            case "mae":
            case "mean_absolute_error":
                return ElementwiseLosses.meanAbsoluteError();
            case "huber":
            case "huber_loss":
                return huber(1.0);
            case "hinge":
                return ElementwiseLosses.hinge();
            case "kl_divergence":
            case "kld":
            case "kullback_leibler_divergence":
                return ElementwiseLosses.klDivergence();
            default:
                throw new InvalidLayerArgumentException("Unknown loss function: '" + name + "'. Expected one of"
                        + " categorical_crossentropy, sparse_categorical_crossentropy, binary_crossentropy, mse, mae,"
                        + " huber, hinge, kl_divergence.");
        }
    }
}
