package org.layerwright.core.layers.merging;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Adds its inputs element-wise (residual connections).
 *
 * <p>Input shape: a list of tensors of the same shape. Output shape: that shape.
 *
 * <pre>{@code
 * KerasTensor residual = new Add().apply(List.of(x, new Dense(64).apply(x)));
 * }</pre>
 */
public class Add extends Merge {
    public static Add fromConfig(Map<String, Object> config) {
        return readMergeConfig(new Add(), new ConfigReader("Add", config));
    }
}
