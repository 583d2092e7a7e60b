package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Removes entries at the start and end of the time axis.
 *
 * <p>Input shape: {@code (batch, steps, features)}. Output shape: {@code (batch, steps − start − end, features)}.
 *
 * <pre>{@code
 * KerasTensor y = new Cropping1D(2, 3).apply(Input.of(100, 16));   // (None, 95, 16)
 * }</pre>
 */
public class Cropping1D extends Borders {
    /** Removes one entry at each end: Keras's default {@code (1, 1)}. */
    public Cropping1D() {
        this(1, 1);
    }

    public Cropping1D(int start, int end) {
        this(new int[][] {{start, end}});
    }

    /** {@code {{start, end}}}. */
    public Cropping1D(int[][] amounts) {
        super(1, amounts);
    }

    @Override
    protected String key() {
        return "cropping";
    }

    @Override
    protected int sign() {
        return -1;
    }

    public static Cropping1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Cropping1D", config);
        return readBordersConfig(new Cropping1D(amountsOf(r, "cropping", 1, new int[][] {{1, 1}})), r);
    }
}
