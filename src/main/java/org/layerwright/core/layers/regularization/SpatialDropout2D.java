package org.layerwright.core.layers.regularization;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Drops a fraction {@code rate} of whole channels of 2-D feature maps while training.
 *
 * <p>Input shape: {@code (batch, height, width, channels)}. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new SpatialDropout2D(0.2).apply(Input.of(32, 32, 64));
 * }</pre>
 */
public class SpatialDropout2D extends SpatialDropout {
    public SpatialDropout2D(double rate) {
        super(2, rate);
    }

    public static SpatialDropout2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("SpatialDropout2D", config);
        return readSpatialConfig(new SpatialDropout2D(r.number("rate", 0.5)), r);
    }
}
