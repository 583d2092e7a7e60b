package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Averages each channel over depth, height and width.
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)}. Output shape: {@code (batch, channels)}, or {@code
 * (batch, 1, 1, 1, channels)} with {@code keepdims}.
 *
 * <pre>{@code
 * KerasTensor pooled = new GlobalAveragePooling3D().apply(Input.of(4, 7, 7, 256));   // (None, 256)
 * }</pre>
 */
public class GlobalAveragePooling3D extends GlobalPooling {
    public GlobalAveragePooling3D() {
        super(3);
    }

    public static GlobalAveragePooling3D fromConfig(Map<String, Object> config) {
        return readGlobalConfig(new GlobalAveragePooling3D(), new ConfigReader("GlobalAveragePooling3D", config));
    }
}
