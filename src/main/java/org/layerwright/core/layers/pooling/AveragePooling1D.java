package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Average pooling over 1-D windows.
 *
 * <p>Input shape: {@code (batch, steps, features)}. Output shape: {@code (batch, pooled_steps, features)}.
 *
 * <pre>{@code
 * KerasTensor y = new AveragePooling1D(4).apply(Input.of(100, 16));   // (None, 25, 16)
 * }</pre>
 */
public class AveragePooling1D extends Pooling {
    public AveragePooling1D() {
        this(2);
    }

    /** The window length. */
    public AveragePooling1D(int... poolSize) {
        super(1, poolSize);
    }

    public static AveragePooling1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("AveragePooling1D", config);
        return readPoolingConfig(new AveragePooling1D(poolSizeOf(r, 1)), r);
    }
}
