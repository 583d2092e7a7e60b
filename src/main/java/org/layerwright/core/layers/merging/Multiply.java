package org.layerwright.core.layers.merging;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Multiplies its inputs element-wise (gates, squeeze-and-excitation scaling).
 *
 * <p>Input shape: a list of tensors of the same shape (1s broadcast). Output shape: that shape.
 *
 * <pre>{@code
 * KerasTensor gated = new Multiply().apply(List.of(x, new Dense(64, "sigmoid").apply(x)));
 * }</pre>
 */
public class Multiply extends Merge {
    public static Multiply fromConfig(Map<String, Object> config) {
        return readMergeConfig(new Multiply(), new ConfigReader("Multiply", config));
    }
}
