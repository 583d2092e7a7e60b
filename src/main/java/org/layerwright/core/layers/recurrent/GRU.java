package org.layerwright.core.layers.recurrent;

import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

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
public class GRU extends CellRNN<GRU> {
    private boolean resetAfter = true;

    public GRU(int units) {
        super(units, true);
    }

    @Override
    protected int numStates() {
        return 1;
    }

    @Override
    protected String cellPrefix() {
        return "gru_cell";
    }

    /** True (the default) when the reset gate is applied after the recurrent matrix product (CuDNN-compatible). */
    public boolean resetAfter() {
        return resetAfter;
    }

    public GRU resetAfter(boolean value) {
        this.resetAfter = value;
        return this;
    }

    @Override
    protected void onBuild(Shape input) {
        int features = input.dim(2);
        String cell = cellName() + "/";
        addWeight(cell + "kernel", Shape.of(features, 3 * units()), kernelInitializer(), true);
        addWeight(cell + "recurrent_kernel", Shape.of(units(), 3 * units()), recurrentInitializer(), true);
        if (useBias()) {
            // With reset_after the input and recurrent products each get their own bias row.
            Shape bias = resetAfter ? Shape.of(2, 3 * units()) : Shape.of(3 * units());
            addWeight(cell + "bias", bias, biasInitializer(), true);
        }
    }

    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        String biases = !useBias() ? "" : resetAfter ? " + 2 biases" : " + 1";
        return "3 gates × " + units() + " × (" + input.dim(2) + " inputs + " + units() + " units" + biases + ") = "
                + group(countParams());
    }

    @Override
    protected void addLastKeys(Map<String, Object> config) {
        config.put("reset_after", resetAfter);
    }

    public static GRU fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("GRU", config);
        return new GRU(r.requireInt("units")).resetAfter(r.bool("reset_after", true)).readCellConfig(r);
    }
}
