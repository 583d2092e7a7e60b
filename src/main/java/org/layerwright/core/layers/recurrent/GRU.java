package org.layerwright.core.layers.recurrent;

import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;
import org.layerwright.core.layers.Activations;

/**
 * Gated recurrent unit. Weights: {@code kernel (features, 3u)}, {@code recurrent_kernel (u, 3u)}, and a bias of
 * shape {@code (2, 3u)} with {@code reset_after} (the default: row 0 for the input, row 1 for the recurrent part) or
 * {@code (3u,)} without; gate blocks in the order update (z), reset (r), candidate (h).
 *
 * <p>Input shape: {@code (batch, timesteps, features)}. Output shape: {@code (batch, units)}, or
 * {@code (batch, timesteps, units)} with {@code return_sequences}; with {@code return_state}, also the final state
 * {@code (batch, units)}.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(20, 8);
 * KerasTensor h = new GRU(32).apply(x);   // (None, 32), 4,032 parameters
 * }</pre>
 */
public class GRU extends RNN {
    private final int units;
    private String activation = "tanh";
    private String recurrentActivation = "sigmoid";
    private boolean useBias = true;
    private KerasObject kernelInitializer = KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform");
    private KerasObject recurrentInitializer = KerasObjects.byName(Kind.INITIALIZER, "orthogonal");
    private KerasObject biasInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private KerasObject kernelRegularizer;
    private KerasObject recurrentRegularizer;
    private KerasObject biasRegularizer;
    private KerasObject activityRegularizer;
    private KerasObject kernelConstraint;
    private KerasObject recurrentConstraint;
    private KerasObject biasConstraint;
    private double dropout;
    private double recurrentDropout;
    private int implementation = 2;
    private boolean resetAfter = true;

    public GRU(int units) {
        this.units = requirePositive("units", units);
    }

    @Override
    public int units() {
        return units;
    }

    @Override
    protected int numStates() {
        return 1;
    }

    @Override
    protected String cellPrefix() {
        return "gru_cell";
    }

    public String activation() {
        return activation;
    }

    public String recurrentActivation() {
        return recurrentActivation;
    }

    public boolean useBias() {
        return useBias;
    }

    /** True (the default) when the reset gate is applied after the recurrent matrix product (CuDNN-compatible). */
    public boolean resetAfter() {
        return resetAfter;
    }

    public GRU activation(String value) {
        this.activation = Activations.check(value);
        return this;
    }

    public GRU recurrentActivation(String value) {
        this.recurrentActivation = Activations.check(value);
        return this;
    }

    public GRU useBias(boolean value) {
        this.useBias = value;
        return this;
    }

    public GRU resetAfter(boolean value) {
        this.resetAfter = value;
        return this;
    }

    public GRU dropout(double value) {
        this.dropout = requireUnitInterval("dropout", value);
        return this;
    }

    public GRU recurrentDropout(double value) {
        this.recurrentDropout = requireUnitInterval("recurrent_dropout", value);
        return this;
    }

    public GRU implementation(int value) {
        if (value != 1 && value != 2) {
            throw argumentError("implementation", "1 or 2", value, null);
        }
        this.implementation = value;
        return this;
    }

    public GRU kernelInitializer(Object value) {
        this.kernelInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public GRU recurrentInitializer(Object value) {
        this.recurrentInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public GRU biasInitializer(Object value) {
        this.biasInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    private double requireUnitInterval(String argument, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw argumentError(argument, "a number in [0, 1]", value, null);
        }
        return value;
    }

    @Override
    protected void onBuild(Shape input) {
        int features = input.dim(2);
        String cell = cellName() + "/";
        addWeight(cell + "kernel", Shape.of(features, 3 * units), kernelInitializer, true);
        addWeight(cell + "recurrent_kernel", Shape.of(units, 3 * units), recurrentInitializer, true);
        if (useBias) {
            // With reset_after the input and recurrent products each get their own bias row.
            addWeight(cell + "bias", resetAfter ? Shape.of(2, 3 * units) : Shape.of(3 * units), biasInitializer, true);
        }
    }

    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        String biases = !useBias ? "" : resetAfter ? " + 2 biases" : " + 1";
        return "3 gates × " + units + " × (" + input.dim(2) + " inputs + " + units + " units" + biases + ") = "
                + group(countParams());
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        addSequenceConfig(config);
        config.put("units", units);
        config.put("activation", activation);
        config.put("recurrent_activation", recurrentActivation);
        config.put("use_bias", useBias);
        config.put("kernel_initializer", KerasObjects.serialize(kernelInitializer));
        config.put("recurrent_initializer", KerasObjects.serialize(recurrentInitializer));
        config.put("bias_initializer", KerasObjects.serialize(biasInitializer));
        config.put("kernel_regularizer", KerasObjects.serialize(kernelRegularizer));
        config.put("recurrent_regularizer", KerasObjects.serialize(recurrentRegularizer));
        config.put("bias_regularizer", KerasObjects.serialize(biasRegularizer));
        config.put("activity_regularizer", KerasObjects.serialize(activityRegularizer));
        config.put("kernel_constraint", KerasObjects.serialize(kernelConstraint));
        config.put("recurrent_constraint", KerasObjects.serialize(recurrentConstraint));
        config.put("bias_constraint", KerasObjects.serialize(biasConstraint));
        config.put("dropout", dropout);
        config.put("recurrent_dropout", recurrentDropout);
        config.put("implementation", implementation);
        config.put("reset_after", resetAfter);
    }

    public static GRU fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("GRU", config);
        GRU layer = new GRU(r.requireInt("units"));
        layer.readSequenceConfig(r);
        layer.activation(r.string("activation", "tanh"));
        layer.recurrentActivation(r.string("recurrent_activation", "sigmoid"));
        layer.useBias(r.bool("use_bias", true));
        layer.kernelInitializer = r.object(Kind.INITIALIZER, "kernel_initializer", layer.kernelInitializer);
        layer.recurrentInitializer = r.object(Kind.INITIALIZER, "recurrent_initializer", layer.recurrentInitializer);
        layer.biasInitializer = r.object(Kind.INITIALIZER, "bias_initializer", layer.biasInitializer);
        layer.kernelRegularizer = r.object(Kind.REGULARIZER, "kernel_regularizer", null);
        layer.recurrentRegularizer = r.object(Kind.REGULARIZER, "recurrent_regularizer", null);
        layer.biasRegularizer = r.object(Kind.REGULARIZER, "bias_regularizer", null);
        layer.activityRegularizer = r.object(Kind.REGULARIZER, "activity_regularizer", null);
        layer.kernelConstraint = r.object(Kind.CONSTRAINT, "kernel_constraint", null);
        layer.recurrentConstraint = r.object(Kind.CONSTRAINT, "recurrent_constraint", null);
        layer.biasConstraint = r.object(Kind.CONSTRAINT, "bias_constraint", null);
        layer.dropout(r.number("dropout", 0));
        layer.recurrentDropout(r.number("recurrent_dropout", 0));
        layer.implementation(r.integer("implementation", 2));
        layer.resetAfter(r.bool("reset_after", true));
        layer.readBaseConfig(r);
        return layer;
    }
}
