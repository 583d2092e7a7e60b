package org.layerwright.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * The layer behind {@link Input}: it has no weights, and its one node (index 0) produces the model's input
 * tensor. Default names are {@code input_1}, {@code input_2}, ... (one-based, as in every Keras 2).
 */
public final class InputLayer extends Layer {
    private final boolean sparse;
    private final boolean ragged;
    private final KerasTensor output;

    public InputLayer(Shape batchShape) {
        this(batchShape, null, "float32", false, false);
    }

    public InputLayer(Shape batchShape, String name, Object dtype, boolean sparse, boolean ragged) {
        if (batchShape == null || batchShape.rank() == 0) {
            throw new org.layerwright.core.errors.InvalidLayerArgumentException("An Input needs a shape with at least"
                    + " one axis besides the batch axis, e.g. Input.of(784); received " + batchShape + ".");
        }
        name(name != null ? name : "input_" + Keras.nextUid("input"));
        dtype(dtype);
        this.sparse = sparse;
        this.ragged = ragged;
        batchInputShape(batchShape);
        build(batchShape);
        this.output = new Node(this, List.of(), List.of(batchShape), null).outputTensors().get(0);
    }

    /** The tensor this input layer produces. */
    public KerasTensor output() {
        return output;
    }

    @Override
    public Map<String, Object> getConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("batch_input_shape", PyTuple.copyOf(batchInputShape().toList()));
        config.put("dtype", dtypeConfig());
        config.put("sparse", sparse);
        config.put("ragged", ragged);
        config.put("name", name());
        return config;
    }

    @Override
    public String explainShape() {
        return "the input shape as declared, with None for the batch size";
    }

    public static InputLayer fromConfig(Map<String, Object> config) {
        ConfigReader reader = new ConfigReader("InputLayer", config);
        Shape shape = reader.shape("batch_input_shape");
        if (shape == null) {
            shape = reader.shape("batch_shape");
        }
        if (shape == null) {
            throw new InvalidConfigException("InputLayer '" + config.get("name")
                    + "': config has no \"batch_input_shape\"; an input layer needs its shape.");
        }
        return new InputLayer(shape, reader.string("name", null), reader.raw("dtype"), reader.bool("sparse", false),
                reader.bool("ragged", false));
    }
}
