package org.layerwright.core.layers;

import java.util.List;
import java.util.Locale;
import org.layerwright.core.errors.InvalidLayerArgumentException;

/** The activation functions Keras knows by name, and the check that an activation name is one of them. */
public final class Activations {
    /** Every name accepted, in the order the palette lists them. */
    public static final List<String> NAMES = List.of("linear", "relu", "relu6", "sigmoid", "hard_sigmoid", "tanh",
            "softmax", "log_softmax", "softplus", "softsign", "elu", "selu", "swish", "silu", "gelu", "exponential",
            "leaky_relu", "mish");

    private Activations() {
    }

    /** The name itself when Keras knows it (null means {@code linear}); throws otherwise, listing the names. */
    public static String check(String name) {
        if (name == null) {
            return "linear";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!NAMES.contains(lower)) {
            throw new InvalidLayerArgumentException("Unknown activation function: '" + name + "'. Expected one of: "
                    + String.join(", ", NAMES) + ".");
        }
        return lower;
    }
}
