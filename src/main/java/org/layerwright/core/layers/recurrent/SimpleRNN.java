package org.layerwright.core.layers.recurrent;

import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

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
public class SimpleRNN extends CellRNN<SimpleRNN> {
    public SimpleRNN(int units) {
        super(units, false);
    }

    @Override
    protected int numStates() {
        return 1;
    }

    @Override
    protected String cellPrefix() {
        return "simple_rnn_cell";
    }

    @Override
    protected void onBuild(Shape input) {
        int features = input.dim(2);
        int units = units();
        String cell = cellName() + "/";
        addWeight(cell + "kernel", Shape.of(features, units), kernelInitializer(), true);
        addWeight(cell + "recurrent_kernel", Shape.of(units, units), recurrentInitializer(), true);
        if (useBias()) {
            addWeight(cell + "bias", Shape.of(units), biasInitializer(), true);
        }
    }

    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        return units() + " × (" + input.dim(2) + " inputs + " + units() + " units" + (useBias() ? " + 1" : "")
                + ") = " + group(countParams());
    }

    public static SimpleRNN fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("SimpleRNN", config);
        return new SimpleRNN(r.requireInt("units")).readCellConfig(r);
    }
}
