package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Average pooling over 3-D windows.
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)}. Output shape: {@code (batch, pooled_depth,
 * pooled_height, pooled_width, channels)}.
 *
 * <pre>{@code
 * KerasTensor y = new AveragePooling3D().apply(Input.of(16, 32, 32, 8));   // (None, 8, 16, 16, 8)
 * }</pre>
 */
public class AveragePooling3D extends Pooling {
    public AveragePooling3D() {
        this(2);
    }

    /** One size for all three axes, or three sizes (depth, height, width). */
    public AveragePooling3D(int... poolSize) {
        super(3, poolSize);
    }

    public static AveragePooling3D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("AveragePooling3D", config);
        return readPoolingConfig(new AveragePooling3D(poolSizeOf(r, 3)), r);
    }
}
