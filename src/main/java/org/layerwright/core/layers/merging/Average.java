package org.layerwright.core.layers.merging;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Averages its inputs element-wise (ensembles of branches).
 *
 * <p>Input shape: a list of tensors of the same shape (1s broadcast). Output shape: that shape.
 *
 * <pre>{@code
 * KerasTensor mean = new Average().apply(List.of(branchA, branchB, branchC));
 * }</pre>
 */
public class Average extends Merge {
    public static Average fromConfig(Map<String, Object> config) {
        return readMergeConfig(new Average(), new ConfigReader("Average", config));
    }
}
