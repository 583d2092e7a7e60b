package org.layerwright.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.layers.recurrent.Bidirectional;
import org.layerwright.core.layers.recurrent.TimeDistributed;
import org.layerwright.core.layers.regularization.ActivityRegularization;
import org.layerwright.train.layers.KernelRegistry;
import org.layerwright.train.layers.WeightGradients;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's weight regularizers and constraints and its activity regularizer, read from its config (and, for
 * Bidirectional and TimeDistributed, from the wrapped layers' configs, whose weights the wrapper owns). A weight
 * named {@code kernel}, {@code bias}, {@code embeddings}, {@code gamma}... takes the {@code <name>_regularizer} and
 * {@code <name>_constraint} keys ({@code recurrent_kernel} takes {@code recurrent_*}, {@code depthwise_kernel}
 * {@code depthwise_*}, {@code pointwise_kernel} {@code pointwise_*}).
 */
final class Penalties {
    private final Layer layer;
    private final Regularizer[] regularizers;
    private final WeightConstraint[] constraints;
    private final Regularizer activity;

    private Penalties(Layer layer, Regularizer[] regularizers, WeightConstraint[] constraints, Regularizer activity) {
        this.layer = layer;
        this.regularizers = regularizers;
        this.constraints = constraints;
        this.activity = activity;
    }

    /** Reads the penalties of {@code layer}; throws UnsupportedLayerException for ones training cannot apply. */
    static Penalties of(Layer layer) {
        int count = layer.weightSpecs().size();
        Regularizer[] regularizers = new Regularizer[count];
        WeightConstraint[] constraints = new WeightConstraint[count];
        Regularizer activity;
        if (layer instanceof Bidirectional b) {
            int forward = b.forwardLayer().weightSpecs().size();
            read(b.forwardLayer(), 0, regularizers, constraints);
            read(b.backwardLayer(), forward, regularizers, constraints);
            noActivity(b.forwardLayer());
            noActivity(b.backwardLayer());
            activity = activity(layer);
        } else if (layer instanceof TimeDistributed t) {
            read(t.layer(), 0, regularizers, constraints);
            noActivity(t.layer());
            activity = activity(layer);
        } else if (layer instanceof ActivityRegularization a) {
            activity = a.l1() == 0.0 && a.l2() == 0.0 ? null : new Regularizer(a.l1(), a.l2());
        } else {
            read(layer, 0, regularizers, constraints);
            activity = activity(layer);
        }
        return new Penalties(layer, regularizers, constraints, activity);
    }

    private static void noActivity(Layer inner) {
        if (inner.getConfig().get("activity_regularizer") != null) {
            throw KernelRegistry.unsupported(inner, "an activity_regularizer on a wrapped layer is not applied by"
                    + " training; put it on the wrapper or remove it");
        }
    }

    private static Regularizer activity(Layer layer) {
        Object value = layer.getConfig().get("activity_regularizer");
        Regularizer r = Regularizer.fromConfig(value);
        if (value != null && r == null) {
            throw KernelRegistry.unsupported(layer, "activity_regularizer " + value + " is not supported in training"
                    + " (only L1, L2 and L1L2)");
        }
        return r;
    }

    /** The config key prefix of a weight: its last path segment, with the kernels Keras names differently. */
    private static String prefix(WeightSpec spec) {
        String path = spec.path();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return switch (name) {
            case "recurrent_kernel" -> "recurrent";
            case "depthwise_kernel" -> "depthwise";
            case "pointwise_kernel" -> "pointwise";
            default -> name;
        };
    }

    private static void read(Layer source, int offset, Regularizer[] regularizers, WeightConstraint[] constraints) {
        Map<String, Object> config = source.getConfig();
        List<WeightSpec> specs = source.weightSpecs();
        List<String> used = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String prefix = prefix(specs.get(i));
            String regularizerKey = prefix + "_regularizer";
            Object r = config.get(regularizerKey);
            if (r != null) {
                regularizers[offset + i] = Regularizer.fromConfig(r);
                if (regularizers[offset + i] == null) {
                    throw KernelRegistry.unsupported(source, regularizerKey + " " + r + " is not supported in training"
                            + " (only L1, L2 and L1L2)");
                }
                used.add(regularizerKey);
            }
            String constraintKey = prefix + "_constraint";
            Object c = config.get(constraintKey);
            if (c != null) {
                constraints[offset + i] = WeightConstraint.fromConfig(c);
                if (constraints[offset + i] == null) {
                    throw KernelRegistry.unsupported(source, constraintKey + " " + c + " is not supported in training"
                            + " (only MaxNorm, NonNeg, UnitNorm and MinMaxNorm)");
                }
                used.add(constraintKey);
            }
        }
        for (Map.Entry<String, Object> e : config.entrySet()) {
            String key = e.getKey();
            boolean penalty = key.endsWith("_regularizer") && !"activity_regularizer".equals(key)
                    || key.endsWith("_constraint");
            if (penalty && e.getValue() != null && !used.contains(key)) {
                throw KernelRegistry.unsupported(source, key + " does not match a weight training knows how to"
                        + " penalise (remove it, or set it to None)");
            }
        }
    }

    /** True when the layer has any penalty or constraint. */
    boolean any() {
        if (activity != null) {
            return true;
        }
        for (int i = 0; i < regularizers.length; i++) {
            if (regularizers[i] != null || constraints[i] != null) {
                return true;
            }
        }
        return false;
    }

    /** The sum of the weight regularizers' values, on the layer's current weights. */
    double weightLoss() {
        double sum = 0.0;
        List<INDArray> weights = regularizers.length == 0 ? List.of() : layer.getWeights();
        for (int i = 0; i < regularizers.length; i++) {
            if (regularizers[i] != null) {
                sum += regularizers[i].value(weights.get(i));
            }
        }
        return sum;
    }

    /** Adds the weight regularizers' gradients to the layer's trainable weights' gradients. */
    void addWeightGradients(WeightGradients gradients) {
        List<INDArray> weights = layer.getWeights();
        List<WeightSpec> specs = layer.weightSpecs();
        for (int i = 0; i < regularizers.length; i++) {
            if (regularizers[i] != null && specs.get(i).trainable()) {
                gradients.add(i, regularizers[i].gradient(weights.get(i), 1.0));
            }
        }
    }

    /** The activity regularizer, or null. Keras adds {@code regularizer(output) / batch} for every output. */
    Regularizer activity() {
        return activity;
    }

    /** Applies the constraints to the layer's trainable weights, in place, after an update. */
    void applyConstraints() {
        if (!layer.trainable()) {
            return;
        }
        List<INDArray> weights = layer.getWeights();
        List<WeightSpec> specs = layer.weightSpecs();
        for (int i = 0; i < constraints.length; i++) {
            if (constraints[i] != null && specs.get(i).trainable()) {
                constraints[i].apply(weights.get(i));
            }
        }
    }
}
