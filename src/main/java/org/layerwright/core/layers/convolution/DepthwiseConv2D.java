package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Depthwise 2-D convolution: every channel of an image is filtered on its own (as in MobileNet).
 *
 * <p>Input shape: {@code (batch, height, width, channels)} (channels_last). Output shape:
 * {@code (batch, new_height, new_width, channels × depth_multiplier)}.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(32, 32, 32);
 * KerasTensor y = new DepthwiseConv2D(3).apply(x);   // (None, 30, 30, 32), 320 parameters
 * }</pre>
 */
public class DepthwiseConv2D extends DepthwiseConv {
    /** {@code kernelSize} is one size for both axes or two sizes (height, width). */
    public DepthwiseConv2D(int... kernelSize) {
        super(2, sameOnEveryAxis(kernelSize, 2));
    }

    public static DepthwiseConv2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("DepthwiseConv2D", config);
        DepthwiseConv2D layer = new DepthwiseConv2D(r.requireIntTuple("kernel_size", 2));
        return layer.readDepthwiseConfig(layer, r);
    }
}
