package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Averages each channel over height and width.
 *
 * <p>Input shape: {@code (batch, height, width, channels)}. Output shape: {@code (batch, channels)}, or
 * {@code (batch, 1, 1, channels)} with {@code keepdims}.
 *
 * <pre>{@code
 * KerasTensor pooled = new GlobalAveragePooling2D().apply(features);
 * }</pre>
 */
public class GlobalAveragePooling2D extends GlobalPooling {
    public GlobalAveragePooling2D() {
        super(2);
    }

    public static GlobalAveragePooling2D fromConfig(Map<String, Object> config) {
        return readGlobalConfig(new GlobalAveragePooling2D(), new ConfigReader("GlobalAveragePooling2D", config));
    }
}
