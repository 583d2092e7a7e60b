package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * 3-D convolution over volumes (video frames, medical scans).
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)} (channels_last). Output shape:
 * {@code (batch, new_depth, new_height, new_width, filters)}.
 *
 * <pre>{@code
 * KerasTensor volume = Input.of(16, 64, 64, 1);
 * KerasTensor features = new Conv3D(8, 3).activation("relu").apply(volume);   // (None, 14, 62, 62, 8)
 * }</pre>
 */
public class Conv3D extends Conv {
    /** {@code kernelSize} is one size for all three axes or three sizes (depth, height, width). */
    public Conv3D(int filters, int... kernelSize) {
        super(3, filters, sameOnEveryAxis(kernelSize, 3));
    }

    public static Conv3D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Conv3D", config);
        Conv3D layer = new Conv3D(r.requireInt("filters"), r.intTuple("kernel_size", 3, null));
        return layer.readConvConfig(layer, r);
    }
}
