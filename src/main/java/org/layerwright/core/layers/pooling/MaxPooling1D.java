package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Max pooling over 1-D windows.
 *
 * <p>Input shape: {@code (batch, steps, features)}. Output shape: {@code (batch, pooled_steps, features)}.
 *
 * <pre>{@code
 * KerasTensor y = new MaxPooling1D().apply(Input.of(100, 16));   // (None, 50, 16)
 * }</pre>
 */
public class MaxPooling1D extends Pooling {
    public MaxPooling1D() {
        this(2);
    }

    /** The window length. */
    public MaxPooling1D(int... poolSize) {
        super(1, poolSize);
    }

    public static MaxPooling1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("MaxPooling1D", config);
        return readPoolingConfig(new MaxPooling1D(poolSizeOf(r, 1)), r);
    }
}
