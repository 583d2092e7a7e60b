package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Depthwise 1-D convolution: every channel of a sequence is filtered on its own (a layer Keras added after 2.6).
 *
 * <p>Input shape: {@code (batch, steps, channels)}. Output shape:
 * {@code (batch, new_steps, channels × depth_multiplier)}.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(100, 16);
 * KerasTensor y = new DepthwiseConv1D(5).padding("same").apply(x);   // (None, 100, 16)
 * }</pre>
 */
public class DepthwiseConv1D extends DepthwiseConv {
    public DepthwiseConv1D(int kernelSize) {
        super(1, new int[] {kernelSize});
    }

    public static DepthwiseConv1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("DepthwiseConv1D", config);
        DepthwiseConv1D layer = new DepthwiseConv1D(r.requireIntTuple("kernel_size", 1)[0]);
        return layer.readDepthwiseConfig(layer, r);
    }
}
