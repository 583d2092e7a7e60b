package org.layerwright.core.layers.activations;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.Floats;

/**
 * Rectified linear unit with Keras's options: {@code f(x) = max_value} for {@code x >= max_value},
 * {@code x} for {@code threshold <= x < max_value}, {@code negative_slope * (x - threshold)} otherwise.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new ReLU().maxValue(6.0).apply(x);   // ReLU6
 * }</pre>
 */
public class ReLU extends Layer {
    private Double maxValue;
    private double negativeSlope;
    private double threshold;

    public ReLU maxValue(Double value) {
        if (value != null && value < 0) {
            throw argumentError("max_value", "a non-negative number or null", value, null);
        }
        this.maxValue = value == null ? null : Floats.float32(value);
        return this;
    }

    public ReLU negativeSlope(double value) {
        if (value < 0) {
            throw argumentError("negative_slope", "a non-negative number", value, null);
        }
        this.negativeSlope = Floats.float32(value);
        return this;
    }

    public ReLU threshold(double value) {
        this.threshold = Floats.float32(value);
        return this;
    }

    public Double maxValue() {
        return maxValue;
    }

    public double negativeSlope() {
        return negativeSlope;
    }

    public double threshold() {
        return threshold;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("max_value", maxValue);
        config.put("negative_slope", negativeSlope);
        config.put("threshold", threshold);
    }

    public static ReLU fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("ReLU", config);
        ReLU layer = new ReLU().maxValue(r.optNumber("max_value")).negativeSlope(r.number("negative_slope", 0))
                .threshold(r.number("threshold", 0));
        layer.readBaseConfig(r);
        return layer;
    }
}
