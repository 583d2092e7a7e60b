package org.layerwright.core.layers.recurrent;

import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;
import org.layerwright.core.layers.Activations;

/**
 * A fully-connected recurrent layer whose output is fed back as its next input:
 * {@code h = activation(x · kernel + h · recurrent_kernel + bias)}. Weights: {@code kernel (features, u)},
 * {@code recurrent_kernel (u, u)}, {@code bias (u,)}.
 *
 * <p>Input shape: {@code (batch, timesteps, features)}. Output shape: {@code (batch, units)}, or
 * {@code (batch, timesteps, units)} with {@code return_sequences}; with {@code return_state}, also the final state
 * {@code (batch, units)}.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(20, 8);
 * KerasTensor h = new SimpleRNN(16).apply(x);   // (None, 16), 400 parameters
 * }</pre>
 */
public class SimpleRNN extends RNN {
    private final int units;
    private String activation = "tanh";
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

    public SimpleRNN(int units) {
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
        return "simple_rnn_cell";
    }

    public String activation() {
        return activation;
    }

    public boolean useBias() {
        return useBias;
    }

    public SimpleRNN activation(String value) {
        this.activation = Activations.check(value);
        return this;
    }

    public SimpleRNN useBias(boolean value) {
        this.useBias = value;
        return this;
    }

    public SimpleRNN dropout(double value) {
        this.dropout = requireUnitInterval("dropout", value);
        return this;
    }

    public SimpleRNN recurrentDropout(double value) {
        this.recurrentDropout = requireUnitInterval("recurrent_dropout", value);
        return this;
    }

    public SimpleRNN kernelInitializer(Object value) {
        this.kernelInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public SimpleRNN recurrentInitializer(Object value) {
        this.recurrentInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public SimpleRNN biasInitializer(Object value) {
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
        addWeight(cell + "kernel", Shape.of(features, units), kernelInitializer, true);
        addWeight(cell + "recurrent_kernel", Shape.of(units, units), recurrentInitializer, true);
        if (useBias) {
            addWeight(cell + "bias", Shape.of(units), biasInitializer, true);
        }
    }

    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        return units + " × (" + input.dim(2) + " inputs + " + units + " units" + (useBias ? " + 1" : "") + ") = "
                + group(countParams());
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        addSequenceConfig(config);
        config.put("units", units);
        config.put("activation", activation);
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
    }

    public static SimpleRNN fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("SimpleRNN", config);
        SimpleRNN layer = new SimpleRNN(r.requireInt("units"));
        layer.readSequenceConfig(r);
        layer.activation(r.string("activation", "tanh"));
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
        layer.readBaseConfig(r);
        return layer;
    }
}
