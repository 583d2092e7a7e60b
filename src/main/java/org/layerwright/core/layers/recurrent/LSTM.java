package org.layerwright.core.layers.recurrent;

import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

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
public class LSTM extends CellRNN<LSTM> {
    private boolean unitForgetBias = true;

    public LSTM(int units) {
        super(units, true);
    }

    @Override
    protected int numStates() {
        return 2;
    }

    @Override
    protected String cellPrefix() {
        return "lstm_cell";
    }

    public boolean unitForgetBias() {
        return unitForgetBias;
    }

    public LSTM unitForgetBias(boolean value) {
        this.unitForgetBias = value;
        return this;
    }

    @Override
    protected void onBuild(Shape input) {
        int features = input.dim(2);
        int units = units();
        String cell = cellName() + "/";
        addWeight(cell + "kernel", Shape.of(features, 4 * units), kernelInitializer(), true);
        addWeight(cell + "recurrent_kernel", Shape.of(units, 4 * units), recurrentInitializer(), true);
        if (useBias()) {
            addWeight(cell + "bias", Shape.of(4 * units), biasInitializer(), true);
        }
    }

    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        return "4 gates × " + units() + " × (" + input.dim(2) + " inputs + " + units() + " units"
                + (useBias() ? " + 1" : "") + ") = " + group(countParams());
    }

    @Override
    protected void addAfterInitializers(Map<String, Object> config) {
        config.put("unit_forget_bias", unitForgetBias);
    }

    public static LSTM fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("LSTM", config);
        return new LSTM(r.requireInt("units")).unitForgetBias(r.bool("unit_forget_bias", true)).readCellConfig(r);
    }
}
