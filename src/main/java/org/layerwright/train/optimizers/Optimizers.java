package org.layerwright.train.optimizers;

import java.util.Locale;
import org.layerwright.core.errors.InvalidLayerArgumentException;

/** Keras's optimizers by name with Keras's default hyper-parameters. */
public final class Optimizers {
    private Optimizers() {
    }

    /**
     * The optimizer Keras calls {@code name} (sgd, adam, adamw, rmsprop, adagrad, adadelta, adamax, nadam; any case),
     * with Keras's defaults; {@code learningRate} null keeps Keras's default learning rate.
     */
    public static Optimizer get(String name, Double learningRate) {
        String key = name.toLowerCase(Locale.ROOT);
        double lr = learningRate != null ? learningRate : "sgd".equals(key) ? 0.01 : 0.001;
        switch (key) {
            case "sgd":
                return new Sgd(lr, 0.0, false);
            case "adam":
                return new Adam(lr, 0.9, 0.999, 1e-7);
            case "adamw":
                return Adam.adamW(lr, 0.004, 0.9, 0.999, 1e-7);
            case "rmsprop":
                return AdaptiveOptimizers.rmsprop(lr, 0.9, 0.0, 1e-7, false);
            case "adagrad":
                return AdaptiveOptimizers.adagrad(lr, 0.1, 1e-7);
            case "adadelta":
                return AdaptiveOptimizers.adadelta(lr, 0.95, 1e-7);
            case "adamax":
                return AdaptiveOptimizers.adamax(lr, 0.9, 0.999, 1e-7);
            case "nadam":
                return AdaptiveOptimizers.nadam(lr, 0.9, 0.999, 1e-7);
            default:
                throw new InvalidLayerArgumentException("Could not interpret optimizer identifier: " + name
                        + ". Expected one of sgd, adam, adamw, rmsprop, adagrad, adadelta, adamax, nadam.");
        }
    }
}
