package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Averages each channel over all time steps.
 *
 * <p>Input shape: {@code (batch, steps, channels)}. Output shape: {@code (batch, channels)}, or {@code (batch, 1,
 * channels)} with {@code keepdims}.
 *
 * <pre>{@code
 * KerasTensor pooled = new GlobalAveragePooling1D().apply(Input.of(100, 64));   // (None, 64)
 * }</pre>
 */
public class GlobalAveragePooling1D extends GlobalPooling {
    public GlobalAveragePooling1D() {
        super(1);
    }

    public static GlobalAveragePooling1D fromConfig(Map<String, Object> config) {
        return readGlobalConfig(new GlobalAveragePooling1D(), new ConfigReader("GlobalAveragePooling1D", config));
    }
}
