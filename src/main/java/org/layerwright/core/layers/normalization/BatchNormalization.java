package org.layerwright.core.layers.normalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.InputSpec;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;

/**
 * Normalizes its input per feature with the batch's statistics while training and moving averages at inference.
 * Learns {@code gamma} (scale) and {@code beta} (offset); keeps {@code moving_mean} and {@code moving_variance},
 * which are not trainable.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new BatchNormalization().apply(new Conv2D(32, 3).apply(x));   // 4 × 32 = 128 parameters
 * }</pre>
 */
public class BatchNormalization extends Layer {
    private List<Integer> axis = List.of(-1);
    private boolean axisGivenAsList;
    private double momentum = 0.99;
    private double epsilon = 0.001;
    private boolean center = true;
    private boolean scale = true;
    private KerasObject betaInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private KerasObject gammaInitializer = KerasObjects.byName(Kind.INITIALIZER, "ones");
    private KerasObject movingMeanInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private KerasObject movingVarianceInitializer = KerasObjects.byName(Kind.INITIALIZER, "ones");
    private KerasObject betaRegularizer;
    private KerasObject gammaRegularizer;
    private KerasObject betaConstraint;
    private KerasObject gammaConstraint;
    private List<Integer> builtAxes;

    public BatchNormalization axis(int axis) {
        this.axis = List.of(axis);
        this.axisGivenAsList = false;
        return this;
    }

    public BatchNormalization axis(List<Integer> axes) {
        if (axes == null || axes.isEmpty()) {
            throw argumentError("axis", "an axis or a non-empty list of axes", axes, "Use axis=-1 (channels_last).");
        }
        this.axis = List.copyOf(axes);
        this.axisGivenAsList = true;
        return this;
    }

    public BatchNormalization momentum(double momentum) {
        if (!(momentum >= 0 && momentum <= 1)) {
            throw argumentError("momentum", "a number in [0, 1]", momentum, "Keras's default is 0.99.");
        }
        this.momentum = momentum;
        return this;
    }

    public BatchNormalization epsilon(double epsilon) {
        if (!(epsilon > 0)) {
            throw argumentError("epsilon", "a small positive number", epsilon, "Keras's default is 0.001.");
        }
        this.epsilon = epsilon;
        return this;
    }

    public BatchNormalization center(boolean center) {
        this.center = center;
        return this;
    }

    public BatchNormalization scale(boolean scale) {
        this.scale = scale;
        return this;
    }

    public double momentum() {
        return momentum;
    }

    public double epsilon() {
        return epsilon;
    }

    public boolean center() {
        return center;
    }

    public boolean scale() {
        return scale;
    }

    /** The normalised axes: as given before build, non-negative after build. */
    public List<Integer> axes() {
        return builtAxes != null ? builtAxes : axis;
    }

    private List<Integer> normalizedAxes(Shape input) {
        List<Integer> axes = new ArrayList<>();
        for (int a : axis) {
            int n = a < 0 ? a + input.rank() : a;
            if (n < 0 || n >= input.rank() || n == 0) {
                throw shapeError(input, "axis " + a + " is not a feature axis of a rank-" + input.rank() + " input",
                        "Use axis=-1 (the last axis).");
            }
            axes.add(n);
        }
        return axes;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        for (int a : normalizedAxes(input)) {
            if (!input.isKnown(a)) {
                throw shapeError(input, "axis " + a + " of the input must be known to normalize over it, found None",
                        "Give that axis a fixed size.");
            }
        }
        return input;
    }

    @Override
    protected void onBuild(Shape input) {
        builtAxes = normalizedAxes(input);
        Integer[] dims = new Integer[builtAxes.size()];
        InputSpec spec = InputSpec.ndim(input.rank());
        for (int i = 0; i < dims.length; i++) {
            dims[i] = input.dim(builtAxes.get(i));
            spec = spec.withAxis(builtAxes.get(i), dims[i]);
        }
        Shape paramShape = Shape.of(dims);
        if (scale) {
            addWeight("gamma", paramShape, gammaInitializer, true);
        }
        if (center) {
            addWeight("beta", paramShape, betaInitializer, true);
        }
        addWeight("moving_mean", paramShape, movingMeanInitializer, false);
        addWeight("moving_variance", paramShape, movingVarianceInitializer, false);
        setInputSpec(spec);
    }

    @Override
    public String explainParams() {
        if (buildInputShape() == null) {
            return super.explainParams();
        }
        long features = weightSpecs().get(weightSpecs().size() - 1).size();
        int vectors = 2 + (scale ? 1 : 0) + (center ? 1 : 0);
        List<String> trainableNames = new ArrayList<>();
        if (scale) {
            trainableNames.add("gamma");
        }
        if (center) {
            trainableNames.add("beta");
        }
        long trainablePart = (vectors - 2) * features;
        return vectors + " × " + group(features) + " = " + group(countParams()) + " (" + group(trainablePart)
                + " trainable" + (trainableNames.isEmpty() ? "" : ": " + String.join(", ", trainableNames)) + "; "
                + group(2 * features) + " non-trainable: moving mean, variance)";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        Object axisValue = builtAxes != null ? new ArrayList<>(builtAxes)
                : axisGivenAsList ? new ArrayList<>(axis) : axis.get(0);
        config.put("axis", axisValue);
        config.put("momentum", momentum);
        config.put("epsilon", epsilon);
        config.put("center", center);
        config.put("scale", scale);
        config.put("beta_initializer", KerasObjects.serialize(betaInitializer));
        config.put("gamma_initializer", KerasObjects.serialize(gammaInitializer));
        config.put("moving_mean_initializer", KerasObjects.serialize(movingMeanInitializer));
        config.put("moving_variance_initializer", KerasObjects.serialize(movingVarianceInitializer));
        config.put("beta_regularizer", KerasObjects.serialize(betaRegularizer));
        config.put("gamma_regularizer", KerasObjects.serialize(gammaRegularizer));
        config.put("beta_constraint", KerasObjects.serialize(betaConstraint));
        config.put("gamma_constraint", KerasObjects.serialize(gammaConstraint));
    }

    public static BatchNormalization fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("BatchNormalization", config);
        BatchNormalization layer = new BatchNormalization();
        if (r.raw("axis") instanceof List) {
            layer.axis(r.intList("axis"));
        } else {
            layer.axis(r.integer("axis", -1));
        }
        layer.momentum(r.number("momentum", 0.99));
        layer.epsilon(r.number("epsilon", 0.001));
        layer.center(r.bool("center", true));
        layer.scale(r.bool("scale", true));
        layer.betaInitializer = r.object(Kind.INITIALIZER, "beta_initializer", layer.betaInitializer);
        layer.gammaInitializer = r.object(Kind.INITIALIZER, "gamma_initializer", layer.gammaInitializer);
        layer.movingMeanInitializer = r.object(Kind.INITIALIZER, "moving_mean_initializer",
                layer.movingMeanInitializer);
        layer.movingVarianceInitializer = r.object(Kind.INITIALIZER, "moving_variance_initializer",
                layer.movingVarianceInitializer);
        layer.betaRegularizer = r.object(Kind.REGULARIZER, "beta_regularizer", null);
        layer.gammaRegularizer = r.object(Kind.REGULARIZER, "gamma_regularizer", null);
        layer.betaConstraint = r.object(Kind.CONSTRAINT, "beta_constraint", null);
        layer.gammaConstraint = r.object(Kind.CONSTRAINT, "gamma_constraint", null);
        layer.readBaseConfig(r);
        return layer;
    }
}
