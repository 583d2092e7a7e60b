package org.layerwright.core.layers.recurrent;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;
import org.layerwright.core.layers.Activations;

/**
 * The arguments SimpleRNN, LSTM and GRU share (Keras keeps them on the cell): units, activations, bias,
 * initializers, regularizers, constraints, dropouts, and for the gated ones {@code recurrent_activation} and
 * {@code implementation}. Writes and reads them in the order tf.keras 2.6 writes them; subclasses add their own keys
 * through {@link #addAfterInitializers} and {@link #addLastKeys}.
 *
 * @param <S> the concrete layer, so that the fluent setters return it
 */
public abstract class CellRNN<S extends CellRNN<S>> extends RNN {
    private final int units;
    private final boolean gated;
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

    /** {@code gated}: the cell has gates, hence {@code recurrent_activation} and {@code implementation}. */
    protected CellRNN(int units, boolean gated) {
        this.units = requirePositive("units", units);
        this.gated = gated;
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    @Override
    public int units() {
        return units;
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

    public double dropout() {
        return dropout;
    }

    public double recurrentDropout() {
        return recurrentDropout;
    }

    protected KerasObject kernelInitializer() {
        return kernelInitializer;
    }

    protected KerasObject recurrentInitializer() {
        return recurrentInitializer;
    }

    protected KerasObject biasInitializer() {
        return biasInitializer;
    }

    public S activation(String value) {
        this.activation = Activations.check(value);
        return self();
    }

    public S recurrentActivation(String value) {
        this.recurrentActivation = Activations.check(value);
        return self();
    }

    public S useBias(boolean value) {
        this.useBias = value;
        return self();
    }

    public S dropout(double value) {
        this.dropout = requireUnitInterval("dropout", value);
        return self();
    }

    public S recurrentDropout(double value) {
        this.recurrentDropout = requireUnitInterval("recurrent_dropout", value);
        return self();
    }

    public S implementation(int value) {
        if (value != 1 && value != 2) {
            throw argumentError("implementation", "1 or 2", value, null);
        }
        this.implementation = value;
        return self();
    }

    public S kernelInitializer(Object value) {
        this.kernelInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return self();
    }

    public S recurrentInitializer(Object value) {
        this.recurrentInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return self();
    }

    public S biasInitializer(Object value) {
        this.biasInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return self();
    }

    private double requireUnitInterval(String argument, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw argumentError(argument, "a number in [0, 1]", value, null);
        }
        return value;
    }

    /** Keys the layer writes right after the initializers (LSTM: {@code unit_forget_bias}). */
    protected void addAfterInitializers(Map<String, Object> config) {
    }

    /** Keys the layer writes last (GRU: {@code reset_after}). */
    protected void addLastKeys(Map<String, Object> config) {
    }

    @Override
    protected final void addConfig(Map<String, Object> config) {
        addSequenceConfig(config);
        config.put("units", units);
        config.put("activation", activation);
        if (gated) {
            config.put("recurrent_activation", recurrentActivation);
        }
        config.put("use_bias", useBias);
        config.put("kernel_initializer", KerasObjects.serialize(kernelInitializer));
        config.put("recurrent_initializer", KerasObjects.serialize(recurrentInitializer));
        config.put("bias_initializer", KerasObjects.serialize(biasInitializer));
        addAfterInitializers(config);
        config.put("kernel_regularizer", KerasObjects.serialize(kernelRegularizer));
        config.put("recurrent_regularizer", KerasObjects.serialize(recurrentRegularizer));
        config.put("bias_regularizer", KerasObjects.serialize(biasRegularizer));
        config.put("activity_regularizer", KerasObjects.serialize(activityRegularizer));
        config.put("kernel_constraint", KerasObjects.serialize(kernelConstraint));
        config.put("recurrent_constraint", KerasObjects.serialize(recurrentConstraint));
        config.put("bias_constraint", KerasObjects.serialize(biasConstraint));
        config.put("dropout", dropout);
        config.put("recurrent_dropout", recurrentDropout);
        if (gated) {
            config.put("implementation", implementation);
        }
        addLastKeys(config);
    }

    /** Reads the shared keys (and the sequence and base keys) of a config into this layer. */
    protected final S readCellConfig(ConfigReader r) {
        readSequenceConfig(r);
        activation(r.string("activation", "tanh"));
        if (gated) {
            recurrentActivation(r.string("recurrent_activation", "sigmoid"));
            implementation(r.integer("implementation", 2));
        }
        useBias(r.bool("use_bias", true));
        kernelInitializer = r.object(Kind.INITIALIZER, "kernel_initializer", kernelInitializer);
        recurrentInitializer = r.object(Kind.INITIALIZER, "recurrent_initializer", recurrentInitializer);
        biasInitializer = r.object(Kind.INITIALIZER, "bias_initializer", biasInitializer);
        kernelRegularizer = r.object(Kind.REGULARIZER, "kernel_regularizer", null);
        recurrentRegularizer = r.object(Kind.REGULARIZER, "recurrent_regularizer", null);
        biasRegularizer = r.object(Kind.REGULARIZER, "bias_regularizer", null);
        activityRegularizer = r.object(Kind.REGULARIZER, "activity_regularizer", null);
        kernelConstraint = r.object(Kind.CONSTRAINT, "kernel_constraint", null);
        recurrentConstraint = r.object(Kind.CONSTRAINT, "recurrent_constraint", null);
        biasConstraint = r.object(Kind.CONSTRAINT, "bias_constraint", null);
        dropout(r.number("dropout", 0));
        recurrentDropout(r.number("recurrent_dropout", 0));
        readBaseConfig(r);
        return self();
    }
}
