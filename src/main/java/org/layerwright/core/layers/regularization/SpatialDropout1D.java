package org.layerwright.core.layers.regularization;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Drops a fraction {@code rate} of whole channels of 1-D feature maps while training.
 *
 * <p>Input shape: {@code (batch, steps, channels)}. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new SpatialDropout1D(0.2).apply(Input.of(100, 64));
 * }</pre>
 */
public class SpatialDropout1D extends SpatialDropout {
    public SpatialDropout1D(double rate) {
        super(1, rate);
    }

    public static SpatialDropout1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("SpatialDropout1D", config);
        return readSpatialConfig(new SpatialDropout1D(r.number("rate", 0.5)), r);
    }
}
