package org.layerwright.core.layers.core;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;

/**
 * Marks the time steps whose features all equal {@code mask_value} as padding, so that later layers that support
 * masking (RNNs, pooling) skip them.
 *
 * <p>Input shape: {@code (batch, steps, features)} (any rank works). Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor padded = Input.of(null, 8);
 * KerasTensor masked = new Masking().apply(padded);   // steps of all-zero features are skipped
 * }</pre>
 */
public class Masking extends Layer {
    private double maskValue;

    public double maskValue() {
        return maskValue;
    }

    /** The value that marks padding (default 0.0). */
    public Masking maskValue(double value) {
        if (Double.isNaN(value)) {
            throw argumentError("mask_value", "a number", value, "Use the value your padding was filled with, e.g."
                    + " 0.0.");
        }
        this.maskValue = value;
        return this;
    }

    @Override
    public String explainShape() {
        return "steps equal to " + maskValue + " everywhere are masked; shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("mask_value", maskValue);
    }

    public static Masking fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Masking", config);
        Masking layer = new Masking().maskValue(r.number("mask_value", 0.0));
        layer.readBaseConfig(r);
        return layer;
    }
}
