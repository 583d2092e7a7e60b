package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Depthwise separable 1-D convolution: a per-channel convolution followed by a pointwise mix of channels.
 *
 * <p>Input shape: {@code (batch, steps, channels)}. Output shape: {@code (batch, new_steps, filters)}.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(100, 32);
 * KerasTensor y = new SeparableConv1D(64, 3).activation("relu").apply(x);   // (None, 98, 64)
 * }</pre>
 */
public class SeparableConv1D extends SeparableConv {
    public SeparableConv1D(int filters, int kernelSize) {
        super(1, filters, new int[] {kernelSize});
    }

    public static SeparableConv1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("SeparableConv1D", config);
        SeparableConv1D layer = new SeparableConv1D(r.requireInt("filters"), r.intTuple("kernel_size", 1, null)[0]);
        return layer.readSeparableConfig(layer, r);
    }
}
