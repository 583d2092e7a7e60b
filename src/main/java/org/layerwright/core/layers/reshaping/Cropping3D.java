package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Removes entries at the borders of volumes.
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)}. Output shape: each spatial axis shortened by its two
 * amounts.
 *
 * <pre>{@code
 * KerasTensor y = new Cropping3D().apply(Input.of(10, 10, 10, 1));   // (None, 8, 8, 8, 1)
 * }</pre>
 */
public class Cropping3D extends Borders {
    /** Keras's default: one entry at each end of each axis, {@code ((1, 1), (1, 1), (1, 1))}. */
    public Cropping3D() {
        this(1, 1, 1);
    }

    /** The same amount at both ends of each axis. */
    public Cropping3D(int depth, int height, int width) {
        this(symmetric(depth, height, width));
    }

    /** {@code {{front, back}, {top, bottom}, {left, right}}}. */
    public Cropping3D(int[][] amounts) {
        super(3, amounts);
    }

    @Override
    protected String key() {
        return "cropping";
    }

    @Override
    protected int sign() {
        return -1;
    }

    public static Cropping3D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Cropping3D", config);
        return readBordersConfig(new Cropping3D(amountsOf(r, "cropping", 3, symmetric(1, 1, 1))), r);
    }
}
