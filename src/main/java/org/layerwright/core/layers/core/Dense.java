package org.layerwright.core.layers.core;

import java.util.Map;
import org.layerwright.core.InputSpec;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;
import org.layerwright.core.layers.Activations;

/**
 * A densely-connected layer: {@code output = activation(input · kernel + bias)}, applied on the last axis.
 *
 * <p>Input shape: {@code (batch, ..., input_dim)}. Output shape: {@code (batch, ..., units)}.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(784);
 * KerasTensor y = new Dense(10).activation("softmax").apply(x);   // (None, 10), 7,850 parameters
 * }</pre>
 */
public class Dense extends Layer {
    private final int units;
    private String activation = "linear";
    private boolean useBias = true;
    private KerasObject kernelInitializer = KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform");
    private KerasObject biasInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private KerasObject kernelRegularizer;
    private KerasObject biasRegularizer;
    private KerasObject activityRegularizer;
    private KerasObject kernelConstraint;
    private KerasObject biasConstraint;

    public Dense(int units) {
        this.units = requirePositive("units", units);
    }

    public Dense(int units, String activation) {
        this(units);
        activation(activation);
    }

    public int units() {
        return units;
    }

    public String activation() {
        return activation;
    }

    public Dense activation(String activation) {
        this.activation = Activations.check(activation);
        return this;
    }

    public boolean useBias() {
        return useBias;
    }

    public Dense useBias(boolean useBias) {
        this.useBias = useBias;
        return this;
    }

    public Dense kernelInitializer(Object initializer) {
        this.kernelInitializer = KerasObjects.resolve(Kind.INITIALIZER, initializer);
        return this;
    }

    public Dense biasInitializer(Object initializer) {
        this.biasInitializer = KerasObjects.resolve(Kind.INITIALIZER, initializer);
        return this;
    }

    public Dense kernelRegularizer(Object regularizer) {
        this.kernelRegularizer = KerasObjects.resolve(Kind.REGULARIZER, regularizer);
        return this;
    }

    public Dense biasRegularizer(Object regularizer) {
        this.biasRegularizer = KerasObjects.resolve(Kind.REGULARIZER, regularizer);
        return this;
    }

    public Dense activityRegularizer(Object regularizer) {
        this.activityRegularizer = KerasObjects.resolve(Kind.REGULARIZER, regularizer);
        return this;
    }

    public Dense kernelConstraint(Object constraint) {
        this.kernelConstraint = KerasObjects.resolve(Kind.CONSTRAINT, constraint);
        return this;
    }

    public Dense biasConstraint(Object constraint) {
        this.biasConstraint = KerasObjects.resolve(Kind.CONSTRAINT, constraint);
        return this;
    }

    public KerasObject kernelInitializer() {
        return kernelInitializer;
    }

    public KerasObject biasInitializer() {
        return biasInitializer;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() < 2) {
            throw shapeError(input, "expected rank 2 or more (batch, ..., features), found rank " + input.rank(),
                    "Feed it a tensor with a features axis, e.g. Input.of(784).");
        }
        if (!input.isKnown(-1)) {
            throw shapeError(input, "the last axis (features) must be known, found None",
                    "Give the input a fixed number of features.");
        }
        return input.with(-1, units);
    }

    @Override
    protected void onBuild(Shape input) {
        int in = input.dim(-1);
        addWeight("kernel", Shape.of(in, units), kernelInitializer, true);
        if (useBias) {
            addWeight("bias", Shape.of(units), biasInitializer, true);
        }
        setInputSpec(InputSpec.minNdim(2).withAxis(-1, in));
    }

    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        int in = input.dim(-1);
        return useBias
                ? units + " × (" + in + " + 1) = " + group(countParams())
                : units + " × " + in + " = " + group(countParams());
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        return input == null ? "" : "last axis " + input.dim(-1) + " → units " + units;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("units", units);
        config.put("activation", activation);
        config.put("use_bias", useBias);
        config.put("kernel_initializer", KerasObjects.serialize(kernelInitializer));
        config.put("bias_initializer", KerasObjects.serialize(biasInitializer));
        config.put("kernel_regularizer", KerasObjects.serialize(kernelRegularizer));
        config.put("bias_regularizer", KerasObjects.serialize(biasRegularizer));
        config.put("activity_regularizer", KerasObjects.serialize(activityRegularizer));
        config.put("kernel_constraint", KerasObjects.serialize(kernelConstraint));
        config.put("bias_constraint", KerasObjects.serialize(biasConstraint));
    }

    public static Dense fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Dense", config);
        Dense layer = new Dense(r.requireInt("units"));
        layer.activation(r.string("activation", "linear"));
        layer.useBias(r.bool("use_bias", true));
        layer.kernelInitializer = r.object(Kind.INITIALIZER, "kernel_initializer", layer.kernelInitializer);
        layer.biasInitializer = r.object(Kind.INITIALIZER, "bias_initializer", layer.biasInitializer);
        layer.kernelRegularizer = r.object(Kind.REGULARIZER, "kernel_regularizer", null);
        layer.biasRegularizer = r.object(Kind.REGULARIZER, "bias_regularizer", null);
        layer.activityRegularizer = r.object(Kind.REGULARIZER, "activity_regularizer", null);
        layer.kernelConstraint = r.object(Kind.CONSTRAINT, "kernel_constraint", null);
        layer.biasConstraint = r.object(Kind.CONSTRAINT, "bias_constraint", null);
        layer.readBaseConfig(r);
        return layer;
    }
}
