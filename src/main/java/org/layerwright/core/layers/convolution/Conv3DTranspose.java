package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Transposed 3-D convolution (sometimes called deconvolution): upsamples with learned filters.
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)} (channels_last). Output shape: {@code (batch,
 * new_depth, new_height, new_width, filters)}, each spatial length growing as
 * {@code n × stride + max(kernel − stride, 0)} for {@code padding="valid"} and {@code n × stride} for
 * {@code "same"}.
 *
 * <pre>{@code
 * KerasTensor up = new Conv3DTranspose(8, 3).strides(2).padding("same").apply(Input.of(8, 8, 8, 16));   // (None, 16,
 * 16, 16, 8)
 * }</pre>
 */
public class Conv3DTranspose extends ConvTranspose {
    /** {@code kernelSize} is one size for all three axes or three sizes. */
    public Conv3DTranspose(int filters, int... kernelSize) {
        super(3, filters, sameOnEveryAxis(kernelSize, 3));
    }

    public static Conv3DTranspose fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Conv3DTranspose", config);
        Conv3DTranspose layer = new Conv3DTranspose(r.requireInt("filters"), r.intTuple("kernel_size", 3, null));
        return layer.readTransposeConfig(layer, r);
    }
}
