package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Repeats each time step {@code size} times.
 *
 * <p>Input shape: {@code (batch, steps, features)}. Output shape: {@code (batch, steps × size, features)}.
 *
 * <pre>{@code
 * KerasTensor y = new UpSampling1D(3).apply(Input.of(10, 8));   // (None, 30, 8)
 * }</pre>
 */
public class UpSampling1D extends UpSampling {
    /** Keras's default: doubles the steps. */
    public UpSampling1D() {
        this(2);
    }

    public UpSampling1D(int size) {
        super(1, new int[] {size});
    }

    /** tf.keras writes the size as a plain integer here, not a tuple. */
    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("size", size()[0]);
    }

    public static UpSampling1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("UpSampling1D", config);
        UpSampling1D layer = new UpSampling1D(r.intTuple("size", 1, new int[] {2})[0]);
        layer.readBaseConfig(r);
        return layer;
    }
}
