package org.layerwright.core.layers.activations;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.Floats;

/**
 * Leaky rectified linear unit: {@code f(x) = alpha * x} for {@code x < 0}, {@code x} otherwise.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new LeakyReLU(0.1).apply(x);
 * }</pre>
 */
public class LeakyReLU extends Layer {
    private final double alpha;

    public LeakyReLU() {
        this(0.3);
    }

    public LeakyReLU(double alpha) {
        if (!(alpha >= 0)) {
            throw argumentError("alpha", "a non-negative number", alpha, "Use for example 0.3.");
        }
        this.alpha = Floats.float32(alpha);
    }

    public double alpha() {
        return alpha;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("alpha", alpha);
    }

    public static LeakyReLU fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("LeakyReLU", config);
        LeakyReLU layer = new LeakyReLU(r.number("alpha", r.number("negative_slope", 0.3)));
        layer.readBaseConfig(r);
        return layer;
    }
}
