package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Max pooling over 2-D windows.
 *
 * <p>Input shape: {@code (batch, height, width, channels)}. Output shape:
 * {@code (batch, pooled_height, pooled_width, channels)}.
 *
 * <pre>{@code
 * KerasTensor y = new MaxPooling2D().apply(x);   // halves height and width
 * }</pre>
 */
public class MaxPooling2D extends Pooling {
    public MaxPooling2D() {
        this(2);
    }

    /** One size for both axes, or two sizes (height, width). */
    public MaxPooling2D(int... poolSize) {
        super(2, poolSize);
    }

    public static MaxPooling2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("MaxPooling2D", config);
        return readPoolingConfig(new MaxPooling2D(poolSizeOf(r, 2)), r);
    }
}
