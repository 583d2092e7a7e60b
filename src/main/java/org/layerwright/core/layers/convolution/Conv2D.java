package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * 2-D convolution over images.
 *
 * <p>Input shape: {@code (batch, height, width, channels)} (channels_last). Output shape:
 * {@code (batch, new_height, new_width, filters)}.
 *
 * <pre>{@code
 * KerasTensor features = new Conv2D(32, 3).activation("relu").apply(Input.of(28, 28, 1));   // (None, 26, 26, 32)
 * }</pre>
 */
public class Conv2D extends Conv {
    /** {@code kernelSize} is one size for both axes or two sizes (height, width). */
    public Conv2D(int filters, int... kernelSize) {
        super(2, filters, kernelSize != null && kernelSize.length == 1 ? new int[] {kernelSize[0], kernelSize[0]} : kernelSize);
    }

    public static Conv2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Conv2D", config);
        Conv2D layer = new Conv2D(r.requireInt("filters"), r.intTuple("kernel_size", 2, null));
        return layer.readConvConfig(layer, r);
    }
}
