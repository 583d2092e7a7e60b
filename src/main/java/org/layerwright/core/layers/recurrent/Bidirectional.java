package org.layerwright.core.layers.recurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.errors.UnknownLayerException;
import org.layerwright.core.layers.UnknownLayer;

/**
 * Runs a recurrent layer over the sequence forwards and a copy of it backwards, and merges their outputs
 * ({@code merge_mode}: {@code concat} by default, {@code sum}, {@code mul}, {@code ave}, or {@code null} for both
 * outputs as a list). As in tf.keras, both directions are rebuilt from the given layer's config, named
 * {@code forward_<name>} and {@code backward_<name>}, and own the weights:
 * {@code bidirectional/forward_lstm/lstm_cell_1/kernel:0}, then the backward ones.
 *
 * <p>Input shape: {@code (batch, timesteps, features)}. Output shape: the wrapped layer's, with the last axis doubled
 * for {@code concat}; with {@code return_state}, the forward then the backward states follow.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(100, 128);
 * KerasTensor y = new Bidirectional(new LSTM(64)).apply(x);   // (None, 128), 2 × 49,408 parameters
 * }</pre>
 */
public class Bidirectional extends Layer {
    private static final List<String> MERGE_MODES = java.util.Arrays.asList("sum", "mul", "ave", "concat", null);

    private final RNN layer;
    private final RNN forward;
    private final RNN backward;
    /** The custom backward layer's config as given, before it was renamed; null when the backward layer is a copy. */
    private final Map<String, Object> backwardConfig;
    private String mergeMode = "concat";

    /** Wraps {@code layer}: the backward direction is a copy of it with {@code go_backwards} flipped. */
    public Bidirectional(RNN layer) {
        this(layer, null);
    }

    /** Wraps {@code layer} with a custom {@code backwardLayer}, which must read the sequence the other way. */
    public Bidirectional(RNN layer, RNN backwardLayer) {
        if (layer == null) {
            throw new InvalidLayerArgumentException("Bidirectional needs a recurrent layer to wrap, such as"
                    + " new Bidirectional(new LSTM(64)).");
        }
        this.layer = layer;
        // tf.keras names the given layers and their cells when they are made, before the copies made here.
        layer.name();
        layer.cellName();
        if (backwardLayer != null) {
            backwardLayer.name();
            backwardLayer.cellName();
        }
        this.forward = recreate(layer, false);
        this.backward = backwardLayer == null ? recreate(layer, true) : backwardLayer;
        this.backwardConfig = backwardLayer == null ? null : Layers.serialize(backwardLayer);
        checkDirections();
        forward.name("forward_" + forward.name());
        backward.name("backward_" + backward.name());
    }

    private static RNN recreate(RNN layer, boolean flipDirection) {
        Map<String, Object> entry = Layers.serialize(layer);
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) entry.get("config");
        if (flipDirection) {
            config.put("go_backwards", !layer.goBackwards());
        }
        RNN copy = (RNN) Layers.deserialize(entry);
        copy.cellName();
        return copy;
    }

    private void checkDirections() {
        if (forward.goBackwards() == backward.goBackwards()) {
            throw new InvalidLayerArgumentException("Bidirectional: the forward and backward layers should have"
                    + " different `go_backwards` values; both have go_backwards=" + pythonBool(forward.goBackwards())
                    + ". Set go_backwards=True on the backward layer.");
        }
        checkSame("stateful", forward.stateful(), backward.stateful());
        checkSame("return_sequences", forward.returnSequences(), backward.returnSequences());
        checkSame("return_state", forward.returnState(), backward.returnState());
    }

    private static void checkSame(String attribute, boolean forwardValue, boolean backwardValue) {
        if (forwardValue != backwardValue) {
            throw new InvalidLayerArgumentException("Bidirectional: the forward and backward layers are expected to"
                    + " have the same value for `" + attribute + "`, got " + pythonBool(forwardValue)
                    + " for the forward layer and " + pythonBool(backwardValue) + " for the backward layer. Give"
                    + " both layers the same " + attribute + ".");
        }
    }

    private static String pythonBool(boolean value) {
        return value ? "True" : "False";
    }

    /** How the two directions are merged: {@code concat}, {@code sum}, {@code mul}, {@code ave}, or null. */
    public String mergeMode() {
        return mergeMode;
    }

    public Bidirectional mergeMode(String value) {
        if (!MERGE_MODES.contains(value)) {
            throw argumentError("merge_mode", "one of \"sum\", \"mul\", \"ave\", \"concat\" or null", "\"" + value
                    + "\"", "Use \"concat\" to join both directions' features.");
        }
        this.mergeMode = value;
        return this;
    }

    /** The layer as given (its config is what files store under {@code layer}). */
    public RNN layer() {
        return layer;
    }

    public RNN forwardLayer() {
        return forward;
    }

    public RNN backwardLayer() {
        return backward;
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputShapes) {
        if (inputShapes.size() != 1) {
            return super.computeOutputShapes(inputShapes);
        }
        List<Shape> directions = forward.computeOutputShapes(inputShapes);
        Shape output = directions.get(0);
        List<Shape> states = directions.subList(1, directions.size());
        List<Shape> result = new ArrayList<>();
        if (mergeMode == null) {
            result.add(output);
            result.add(output);
        } else {
            Integer last = output.dim(-1);
            result.add("concat".equals(mergeMode) ? output.with(-1, last == null ? null : 2 * last) : output);
        }
        result.addAll(states);
        result.addAll(states);
        return result;
    }

    @Override
    protected int outputCountWithoutShapes() {
        return (mergeMode == null ? 2 : 1) + (forward.returnState() ? 2 * forward.numStates() : 0);
    }

    @Override
    protected void onBuild(Shape input) {
        for (RNN direction : List.of(forward, backward)) {
            direction.build(input);
            // Built under the direction's name scope: bidirectional/forward_lstm/lstm_cell_1/kernel:0.
            for (WeightSpec w : direction.weightSpecs()) {
                addWeight(direction.name() + "/" + w.path(), w.shape(), w.initializer(), w.trainable());
            }
        }
    }

    @Override
    public String explainParams() {
        if (!isBuilt()) {
            return super.explainParams();
        }
        return "forward (" + forward.explainParams() + ") + backward (" + backward.explainParams() + ") = "
                + group(countParams());
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null) {
            return "";
        }
        Integer units = forward.computeOutputShapes(List.of(input)).get(0).dim(-1);
        String merged = mergeMode == null ? "both outputs, as a list"
                : "concat".equals(mergeMode) ? "forward " + units + " + backward " + units + " = "
                        + (units == null ? "None" : 2 * units) + " features"
                        : mergeMode + " of forward and backward, " + units + " features";
        return forward.explainShape() + "; " + merged;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("layer", Layers.serialize(layer));
        config.put("merge_mode", mergeMode);
        if (backwardConfig != null) {
            config.put("backward_layer", backwardConfig);
        }
    }

    public static Bidirectional fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Bidirectional", config);
        RNN layer = wrapped(r, "layer");
        RNN backward = r.has("backward_layer") ? wrapped(r, "backward_layer") : null;
        Bidirectional bidirectional = new Bidirectional(layer, backward);
        bidirectional.mergeMode(config.containsKey("merge_mode") ? r.string("merge_mode", null) : "concat");
        bidirectional.readBaseConfig(r);
        return bidirectional;
    }

    @SuppressWarnings("unchecked")
    private static RNN wrapped(ConfigReader r, String key) {
        Object entry = r.raw(key);
        if (!(entry instanceof Map)) {
            throw new InvalidConfigException("Layer '" + r.raw("name") + "' (Bidirectional): config key \"" + key
                    + "\" is " + (entry == null ? "missing" : entry) + ", expected a layer entry {\"class_name\","
                    + " \"config\"}.");
        }
        Layer inner = Layers.deserialize((Map<String, Object>) entry);
        if (inner instanceof UnknownLayer) {
            throw new UnknownLayerException(inner.className(), "Layer '" + r.raw("name") + "' (Bidirectional)"
                    + " wraps a layer of class " + inner.className() + ", which Layerwright does not know.");
        }
        if (!(inner instanceof RNN)) {
            throw new InvalidConfigException("Layer '" + r.raw("name") + "' (Bidirectional): config key \"" + key
                    + "\" holds a " + inner.className() + ", expected a recurrent layer (SimpleRNN, GRU, LSTM).");
        }
        return (RNN) inner;
    }
}
