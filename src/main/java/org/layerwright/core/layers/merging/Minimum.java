package org.layerwright.core.layers.merging;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Takes the element-wise minimum of its inputs.
 *
 * <p>Input shape: a list of tensors of the same shape (1s broadcast). Output shape: that shape.
 *
 * <pre>{@code
 * KerasTensor smallest = new Minimum().apply(List.of(branchA, branchB));
 * }</pre>
 */
public class Minimum extends Merge {
    public static Minimum fromConfig(Map<String, Object> config) {
        return readMergeConfig(new Minimum(), new ConfigReader("Minimum", config));
    }
}
