package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Takes the maximum of each channel over all time steps.
 *
 * <p>Input shape: {@code (batch, steps, channels)}. Output shape: {@code (batch, channels)}, or {@code (batch, 1,
 * channels)} with {@code keepdims}.
 *
 * <pre>{@code
 * KerasTensor pooled = new GlobalMaxPooling1D().apply(Input.of(100, 64));   // (None, 64)
 * }</pre>
 */
public class GlobalMaxPooling1D extends GlobalPooling {
    public GlobalMaxPooling1D() {
        super(1);
    }

    public static GlobalMaxPooling1D fromConfig(Map<String, Object> config) {
        return readGlobalConfig(new GlobalMaxPooling1D(), new ConfigReader("GlobalMaxPooling1D", config));
    }
}
