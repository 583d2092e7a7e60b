package org.layerwright.core.layers.activations;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

/**
 * Softmax along an axis (the last by default).
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor probabilities = new Softmax().apply(logits);
 * }</pre>
 */
public class Softmax extends Layer {
    private int axis = -1;

    public Softmax axis(int axis) {
        this.axis = axis;
        return this;
    }

    public int axis() {
        return axis;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (axis >= input.rank() || axis < -input.rank()) {
            throw shapeError(input, "softmax axis " + axis + " does not exist in a rank-" + input.rank() + " input",
                    "Use axis=-1 (the last axis).");
        }
        return input;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("axis", axis);
    }

    public static Softmax fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Softmax", config);
        Softmax layer = new Softmax();
        Object axis = r.raw("axis");
        if (axis instanceof java.util.List && ((java.util.List<?>) axis).size() == 1) {
            layer.axis(((Number) ((java.util.List<?>) axis).get(0)).intValue());
        } else {
            layer.axis(r.integer("axis", -1));
        }
        layer.readBaseConfig(r);
        return layer;
    }
}
