package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Transposed 1-D convolution (sometimes called deconvolution): upsamples with learned filters.
 *
 * <p>Input shape: {@code (batch, steps, channels)} (channels_last). Output shape: {@code (batch, new_steps, filters)},
 * each spatial length growing as
 * {@code n × stride + max(kernel − stride, 0)} for {@code padding="valid"} and {@code n × stride} for
 * {@code "same"}.
 *
 * <pre>{@code
 * KerasTensor longer = new Conv1DTranspose(16, 3).strides(2).apply(Input.of(50, 32));   // (None, 101, 16)
 * }</pre>
 */
public class Conv1DTranspose extends ConvTranspose {
    /** {@code kernelSize} is the window length. */
    public Conv1DTranspose(int filters, int kernelSize) {
        super(1, filters, new int[] {kernelSize});
    }

    public static Conv1DTranspose fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Conv1DTranspose", config);
        Conv1DTranspose layer = new Conv1DTranspose(r.requireInt("filters"), r.intTuple("kernel_size", 1, null)[0]);
        return layer.readTransposeConfig(layer, r);
    }
}
