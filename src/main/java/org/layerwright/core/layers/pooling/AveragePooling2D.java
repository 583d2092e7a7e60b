package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Average pooling over 2-D windows.
 *
 * <p>Input shape: {@code (batch, height, width, channels)}. Output shape:
 * {@code (batch, pooled_height, pooled_width, channels)}.
 *
 * <pre>{@code
 * KerasTensor y = new AveragePooling2D().apply(x);   // halves height and width
 * }</pre>
 */
public class AveragePooling2D extends Pooling {
    public AveragePooling2D() {
        this(2);
    }

    /** One size for both axes, or two sizes (height, width). */
    public AveragePooling2D(int... poolSize) {
        super(2, poolSize);
    }

    public static AveragePooling2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("AveragePooling2D", config);
        return readPoolingConfig(new AveragePooling2D(poolSizeOf(r, 2)), r);
    }
}
