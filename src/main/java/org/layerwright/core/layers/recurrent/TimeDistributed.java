package org.layerwright.core.layers.recurrent;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.errors.UnknownLayerException;
import org.layerwright.core.layers.UnknownLayer;

/**
 * Applies the same layer to every time step: the wrapped layer sees {@code (batch, ...)} slices and its weights are
 * shared by all steps. Its output shape and weights are the wrapped layer's; as in tf.keras, the weights are created
 * in the wrapper's scope ({@code time_distributed/kernel:0}).
 *
 * <p>Input shape: {@code (batch, timesteps, ...)}, rank 3 or more. Output shape: {@code (batch, timesteps, ...)} with
 * the trailing axes the wrapped layer gives one step.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(10, 16);
 * KerasTensor y = new TimeDistributed(new Dense(8)).apply(x);   // (None, 10, 8), 136 parameters
 * }</pre>
 */
public class TimeDistributed extends Layer {
    private final Layer layer;

    public TimeDistributed(Layer layer) {
        if (layer == null) {
            throw new InvalidLayerArgumentException("TimeDistributed needs a layer to apply at every time step, such"
                    + " as new TimeDistributed(new Dense(8)).");
        }
        if (layer instanceof Model) {
            throw new InvalidLayerArgumentException("TimeDistributed in Layerwright wraps a single layer, not the"
                    + " model '" + layer.name() + "'. Wrap each of its layers in a TimeDistributed instead.");
        }
        this.layer = layer;
        // tf.keras names the wrapped layer when it is made, before the wrapper.
        layer.name();
    }

    /** The layer applied at every time step. */
    public Layer layer() {
        return layer;
    }

    private static Shape withoutTimesteps(Shape input) {
        return input.slice(0, 1).concat(input.slice(2));
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() < 3) {
            throw shapeError(input, "a TimeDistributed layer needs an input of at least 3 dimensions (batch,"
                    + " timesteps, ...), found rank " + input.rank(), "Add a time axis first, e.g. with Reshape or"
                            + " RepeatVector, or use the wrapped " + layer.className() + " directly.");
        }
        List<Shape> step = layer.computeOutputShapes(List.of(withoutTimesteps(input)));
        if (step.size() != 1) {
            throw shapeError(input, "the wrapped " + layer.className() + " returns " + step.size() + " tensors per"
                    + " step, and TimeDistributed takes layers with one output", "Wrap a layer with one output.");
        }
        Shape out = step.get(0);
        return out.slice(0, 1).concat(Shape.of(input.dim(1))).concat(out.slice(1));
    }

    @Override
    protected void onBuild(Shape input) {
        layer.build(withoutTimesteps(input));
        for (WeightSpec w : layer.weightSpecs()) {
            addWeight(w.path(), w.shape(), w.initializer(), w.trainable());
        }
    }

    @Override
    public String explainParams() {
        if (!isBuilt()) {
            return super.explainParams();
        }
        return layer.explainParams() + ", shared by every time step";
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null) {
            return "";
        }
        String inner = layer.explainShape();
        return layer.className() + " on each of the " + (input.dim(1) == null ? "None" : input.dim(1).toString())
                + " time steps" + (inner.isEmpty() ? "" : ": " + inner);
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("layer", Layers.serialize(layer));
    }

    @SuppressWarnings("unchecked")
    public static TimeDistributed fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("TimeDistributed", config);
        Object entry = r.raw("layer");
        if (!(entry instanceof Map)) {
            throw new InvalidConfigException("Layer '" + r.raw("name") + "' (TimeDistributed): config key \"layer\" is "
                    + (entry == null ? "missing" : entry) + ", expected a layer entry {\"class_name\", \"config\"}.");
        }
        Layer inner = Layers.deserialize((Map<String, Object>) entry);
        if (inner instanceof UnknownLayer) {
            throw new UnknownLayerException(inner.className(), "Layer '" + r.raw("name") + "' (TimeDistributed)"
                    + " wraps a layer of class " + inner.className() + ", which Layerwright does not know.");
        }
        TimeDistributed layer = new TimeDistributed(inner);
        layer.readBaseConfig(r);
        return layer;
    }
}
