package org.layerwright.core.layers.recurrent;

import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;
import org.layerwright.core.layers.Activations;

/**
 * Long short-term memory. Weights: {@code kernel (features, 4u)}, {@code recurrent_kernel (u, 4u)},
 * {@code bias (4u,)}, gate blocks in the order input, forget, cell, output.
 *
 * <p>Input shape: {@code (batch, timesteps, features)}. Output shape: {@code (batch, units)}, or
 * {@code (batch, timesteps, units)} with {@code return_sequences}; with {@code return_state}, also the final
 * hidden and cell states {@code (batch, units)}.
 *
 * <pre>{@code
 * KerasTensor encoded = new LSTM(64).apply(new Embedding(10000, 128).apply(tokens));
 * }</pre>
 */
public class LSTM extends RNN {
    private final int units;
    private String activation = "tanh";
    private String recurrentActivation = "sigmoid";
    private boolean useBias = true;
    private KerasObject kernelInitializer = KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform");
    private KerasObject recurrentInitializer = KerasObjects.byName(Kind.INITIALIZER, "orthogonal");
    private KerasObject biasInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private boolean unitForgetBias = true;
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

    public LSTM(int units) {
        this.units = requirePositive("units", units);
    }

    @Override
    public int units() {
        return units;
    }

    @Override
    protected int numStates() {
        return 2;
    }

    @Override
    protected String cellPrefix() {
        return "lstm_cell";
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

    public boolean unitForgetBias() {
        return unitForgetBias;
    }

    public LSTM activation(String value) {
        this.activation = Activations.check(value);
        return this;
    }

    public LSTM recurrentActivation(String value) {
        this.recurrentActivation = Activations.check(value);
        return this;
    }

    public LSTM useBias(boolean value) {
        this.useBias = value;
        return this;
    }

    public LSTM unitForgetBias(boolean value) {
        this.unitForgetBias = value;
        return this;
    }

    public LSTM dropout(double value) {
        this.dropout = requireUnitInterval("dropout", value);
        return this;
    }

    public LSTM recurrentDropout(double value) {
        this.recurrentDropout = requireUnitInterval("recurrent_dropout", value);
        return this;
    }

    public LSTM implementation(int value) {
        if (value != 1 && value != 2) {
            throw argumentError("implementation", "1 or 2", value, null);
        }
        this.implementation = value;
        return this;
    }

    public LSTM kernelInitializer(Object value) {
        this.kernelInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public LSTM recurrentInitializer(Object value) {
        this.recurrentInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public LSTM biasInitializer(Object value) {
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
        addWeight(cell + "kernel", Shape.of(features, 4 * units), kernelInitializer, true);
        addWeight(cell + "recurrent_kernel", Shape.of(units, 4 * units), recurrentInitializer, true);
        if (useBias) {
            addWeight(cell + "bias", Shape.of(4 * units), biasInitializer, true);
        }
    }

    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        return "4 gates × " + units + " × (" + input.dim(2) + " inputs + " + units + " units" + (useBias ? " + 1"
                : "") + ") = " + group(countParams());
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
        config.put("unit_forget_bias", unitForgetBias);
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
    }

    public static LSTM fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("LSTM", config);
        LSTM layer = new LSTM(r.requireInt("units"));
        layer.readSequenceConfig(r);
        layer.activation(r.string("activation", "tanh"));
        layer.recurrentActivation(r.string("recurrent_activation", "sigmoid"));
        layer.useBias(r.bool("use_bias", true));
        layer.kernelInitializer = r.object(Kind.INITIALIZER, "kernel_initializer", layer.kernelInitializer);
        layer.recurrentInitializer = r.object(Kind.INITIALIZER, "recurrent_initializer", layer.recurrentInitializer);
        layer.biasInitializer = r.object(Kind.INITIALIZER, "bias_initializer", layer.biasInitializer);
        layer.unitForgetBias(r.bool("unit_forget_bias", true));
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
        layer.readBaseConfig(r);
        return layer;
    }
}
