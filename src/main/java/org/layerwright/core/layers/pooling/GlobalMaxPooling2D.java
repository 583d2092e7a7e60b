package org.layerwright.core.layers.pooling;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Takes the maximum of each channel over height and width.
 *
 * <p>Input shape: {@code (batch, height, width, channels)}. Output shape: {@code (batch, channels)}, or {@code (batch,
 * 1, 1, channels)} with {@code keepdims}.
 *
 * <pre>{@code
 * KerasTensor pooled = new GlobalMaxPooling2D().apply(Input.of(7, 7, 512));   // (None, 512)
 * }</pre>
 */
public class GlobalMaxPooling2D extends GlobalPooling {
    public GlobalMaxPooling2D() {
        super(2);
    }

    public static GlobalMaxPooling2D fromConfig(Map<String, Object> config) {
        return readGlobalConfig(new GlobalMaxPooling2D(), new ConfigReader("GlobalMaxPooling2D", config));
    }
}
