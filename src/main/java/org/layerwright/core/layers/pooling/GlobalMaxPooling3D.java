package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Takes the maximum of each channel over depth, height and width.
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)}. Output shape: {@code (batch, channels)}, or {@code
 * (batch, 1, 1, 1, channels)} with {@code keepdims}.
 *
 * <pre>{@code
 * KerasTensor pooled = new GlobalMaxPooling3D().apply(Input.of(4, 7, 7, 256));   // (None, 256)
 * }</pre>
 */
public class GlobalMaxPooling3D extends GlobalPooling {
    public GlobalMaxPooling3D() {
        super(3);
    }

    public static GlobalMaxPooling3D fromConfig(Map<String, Object> config) {
        return readGlobalConfig(new GlobalMaxPooling3D(), new ConfigReader("GlobalMaxPooling3D", config));
    }
}
