package org.layerwright.core.layers.recurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Keras;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

/**
 * The common part of Keras's recurrent layers: the sequence options ({@code return_sequences},
 * {@code return_state}, ...), input and output shapes, and the cell whose name scopes the weights
 * ({@code lstm/lstm_cell/kernel:0}).
 */
public abstract class RNN extends Layer {
    private boolean returnSequences;
    private boolean returnState;
    private boolean goBackwards;
    private boolean stateful;
    private boolean unroll;
    private boolean timeMajor;
    private String cellName;

    public RNN returnSequences(boolean value) {
        this.returnSequences = value;
        return this;
    }

    public RNN returnState(boolean value) {
        this.returnState = value;
        return this;
    }

    public RNN goBackwards(boolean value) {
        this.goBackwards = value;
        return this;
    }

    public RNN stateful(boolean value) {
        this.stateful = value;
        return this;
    }

    public RNN unroll(boolean value) {
        this.unroll = value;
        return this;
    }

    public RNN timeMajor(boolean value) {
        this.timeMajor = value;
        return this;
    }

    public boolean returnSequences() {
        return returnSequences;
    }

    public boolean returnState() {
        return returnState;
    }

    public boolean goBackwards() {
        return goBackwards;
    }

    public boolean stateful() {
        return stateful;
    }

    public boolean timeMajor() {
        return timeMajor;
    }

    /** Number of units of the cell (the size of the hidden state). */
    public abstract int units();

    /** How many state tensors the cell carries: 1 (SimpleRNN, GRU) or 2 (LSTM). */
    protected abstract int numStates();

    /** The cell class's snake-case name, e.g. {@code lstm_cell}. */
    protected abstract String cellPrefix();

    /** The cell's name, given on first use ({@code lstm_cell}, {@code lstm_cell_1}, ...), as tf.keras names cells. */
    public String cellName() {
        if (cellName == null) {
            cellName = Keras.uniqueObjectName(cellPrefix());
        }
        return cellName;
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputShapes) {
        Shape input = inputShapes.get(0);
        if (inputShapes.size() > 1) {
            checkInitialStates(inputShapes);
        }
        if (input.rank() != 3) {
            throw shapeError(input, "expected rank 3 (batch, timesteps, features), found rank " + input.rank(),
                    input.rank() == 2 ? "Add a time axis first, e.g. Reshape or RepeatVector, or an Embedding for"
                            + " token ids." : input.rank() == 4 ? "Use TimeDistributed(Flatten()) or a Reshape to"
                            + " merge the feature axes." : null);
        }
        if (!input.isKnown(2)) {
            throw shapeError(input, "the features axis must be known, found None", "Give the input a fixed number of"
                    + " features.");
        }
        Integer batch = timeMajor ? input.dim(1) : input.dim(0);
        Integer steps = timeMajor ? input.dim(0) : input.dim(1);
        Shape output = returnSequences
                ? (timeMajor ? Shape.of(steps, batch, units()) : Shape.of(batch, steps, units()))
                : Shape.of(batch, units());
        List<Shape> outputs = new ArrayList<>();
        outputs.add(output);
        if (returnState) {
            for (int i = 0; i < numStates(); i++) {
                outputs.add(Shape.of(batch, units()));
            }
        }
        return outputs;
    }

    /**
     * Keras passes {@code initial_state} as extra inputs after the sequence: one {@code (batch, units)} tensor per
     * state of the cell.
     */
    private void checkInitialStates(List<Shape> inputShapes) {
        Shape input = inputShapes.get(0);
        if (inputShapes.size() != 1 + numStates()) {
            throw shapeError(input, "it was given " + (inputShapes.size() - 1) + " initial state(s) " + inputShapes
                    .subList(1, inputShapes.size()) + ", but " + className() + " has " + numStates() + " state(s)",
                    "Pass the sequence first, then " + numStates() + " state tensor(s) of shape (batch, " + units()
                            + ").");
        }
        for (Shape state : inputShapes.subList(1, inputShapes.size())) {
            if (state.rank() != 2 || state.isKnown(1) && state.dim(1) != units()) {
                throw shapeError(input, "an initial state has shape " + state + ", expected (batch, " + units()
                        + ")", "Give each initial state " + units() + " features, the layer's units.");
            }
        }
    }

    /** The weights depend on the sequence only; the extra inputs are initial states. */
    @Override
    protected void onBuild(List<Shape> inputShapes) {
        onBuild(inputShapes.get(0));
    }

    /** The output, plus one tensor per state with {@code return_state}, even when shapes are unknown. */
    @Override
    protected int outputCountWithoutShapes() {
        return 1 + (returnState ? numStates() : 0);
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null) {
            return "";
        }
        return (returnSequences ? "one output of " + units() + " per time step" : "the last time step's output of "
                + units()) + (returnState ? ", plus the final state(s)" : "");
    }

    /** The sequence keys, written before the cell's keys as Keras's RNN base does. */
    protected void addSequenceConfig(Map<String, Object> config) {
        config.put("return_sequences", returnSequences);
        config.put("return_state", returnState);
        config.put("go_backwards", goBackwards);
        config.put("stateful", stateful);
        config.put("unroll", unroll);
        config.put("time_major", timeMajor);
    }

    protected void readSequenceConfig(ConfigReader r) {
        returnSequences(r.bool("return_sequences", false));
        returnState(r.bool("return_state", false));
        goBackwards(r.bool("go_backwards", false));
        stateful(r.bool("stateful", false));
        unroll(r.bool("unroll", false));
        timeMajor(r.bool("time_major", false));
    }
}
