package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Transposed 2-D convolution (sometimes called deconvolution): upsamples with learned filters.
 *
 * <p>Input shape: {@code (batch, height, width, channels)} (channels_last). Output shape: {@code (batch, new_height,
 * new_width, filters)}, each spatial length growing as
 * {@code n × stride + max(kernel − stride, 0)} for {@code padding="valid"} and {@code n × stride} for
 * {@code "same"}.
 *
 * <pre>{@code
 * KerasTensor up = new Conv2DTranspose(16, 3).strides(2).padding("same").apply(Input.of(14, 14, 32));   // (None, 28,
 * 28, 16)
 * }</pre>
 */
public class Conv2DTranspose extends ConvTranspose {
    /** {@code kernelSize} is one size for both axes or two sizes (height, width). */
    public Conv2DTranspose(int filters, int... kernelSize) {
        super(2, filters, sameOnEveryAxis(kernelSize, 2));
    }

    public static Conv2DTranspose fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Conv2DTranspose", config);
        Conv2DTranspose layer = new Conv2DTranspose(r.requireInt("filters"), r.intTuple("kernel_size", 2, null));
        return layer.readTransposeConfig(layer, r);
    }
}
