package org.layerwright.core.layers.merging;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Takes the element-wise maximum of its inputs.
 *
 * <p>Input shape: a list of tensors of the same shape (1s broadcast). Output shape: that shape.
 *
 * <pre>{@code
 * KerasTensor largest = new Maximum().apply(List.of(branchA, branchB));
 * }</pre>
 */
public class Maximum extends Merge {
    public static Maximum fromConfig(Map<String, Object> config) {
        return readMergeConfig(new Maximum(), new ConfigReader("Maximum", config));
    }
}
