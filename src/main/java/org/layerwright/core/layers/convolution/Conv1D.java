package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * 1-D convolution over sequences; {@code padding="causal"} looks only backwards in time.
 *
 * <p>Input shape: {@code (batch, steps, channels)}. Output shape: {@code (batch, new_steps, filters)}.
 *
 * <pre>{@code
 * KerasTensor y = new Conv1D(64, 5).activation("relu").apply(embedded);
 * }</pre>
 */
public class Conv1D extends Conv {
    public Conv1D(int filters, int kernelSize) {
        super(1, filters, new int[] {kernelSize});
    }

    public static Conv1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Conv1D", config);
        Conv1D layer = new Conv1D(r.requireInt("filters"), r.intTuple("kernel_size", 1, null)[0]);
        return layer.readConvConfig(layer, r);
    }
}
