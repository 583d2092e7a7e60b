package org.layerwright.core.layers.regularization;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Drops a fraction {@code rate} of whole channels of 3-D feature maps while training.
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)}. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new SpatialDropout3D(0.2).apply(Input.of(8, 32, 32, 64));
 * }</pre>
 */
public class SpatialDropout3D extends SpatialDropout {
    public SpatialDropout3D(double rate) {
        super(3, rate);
    }

    public static SpatialDropout3D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("SpatialDropout3D", config);
        return readSpatialConfig(new SpatialDropout3D(r.number("rate", 0.5)), r);
    }
}
