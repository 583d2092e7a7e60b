package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Depthwise separable 2-D convolution (as in Xception): a per-channel convolution followed by a pointwise
 * {@code 1 × 1} convolution, with far fewer parameters than a Conv2D of the same size.
 *
 * <p>Input shape: {@code (batch, height, width, channels)} (channels_last). Output shape:
 * {@code (batch, new_height, new_width, filters)}.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(32, 32, 32);
 * KerasTensor y = new SeparableConv2D(64, 3).apply(x);   // (None, 30, 30, 64), 2,400 parameters
 * }</pre>
 */
public class SeparableConv2D extends SeparableConv {
    /** {@code kernelSize} is one size for both axes or two sizes (height, width). */
    public SeparableConv2D(int filters, int... kernelSize) {
        super(2, filters, sameOnEveryAxis(kernelSize, 2));
    }

    public static SeparableConv2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("SeparableConv2D", config);
        SeparableConv2D layer = new SeparableConv2D(r.requireInt("filters"), r.intTuple("kernel_size", 2, null));
        return layer.readSeparableConfig(layer, r);
    }
}
