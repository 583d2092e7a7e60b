package org.layerwright.core.layers.activations;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.Floats;

/**
 * Thresholded rectified linear unit: {@code f(x) = x} for {@code x > theta}, {@code 0} otherwise.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new ThresholdedReLU(0.5).apply(x);
 * }</pre>
 */
public class ThresholdedReLU extends Layer {
    private final double theta;

    /** Keras's default: {@code theta = 1.0}. */
    public ThresholdedReLU() {
        this(1.0);
    }

    public ThresholdedReLU(double theta) {
        if (!(theta >= 0) || Double.isInfinite(theta)) {
            throw argumentError("theta", "a non-negative float (theta of ThresholdedReLU layer cannot be negative)",
                    theta, "Use for example 1.0.");
        }
        // tf.keras casts theta through float32 before writing it back as a Python float.
        this.theta = Floats.float32(theta);
    }

    public double theta() {
        return theta;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("theta", theta);
    }

    public static ThresholdedReLU fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("ThresholdedReLU", config);
        ThresholdedReLU layer = new ThresholdedReLU(r.number("theta", 1.0));
        layer.readBaseConfig(r);
        return layer;
    }
}
