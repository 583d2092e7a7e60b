package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Adds zeros around volumes.
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)}. Output shape: each spatial axis lengthened by its
 * two amounts.
 *
 * <pre>{@code
 * KerasTensor y = new ZeroPadding3D().apply(Input.of(8, 8, 8, 1));   // (None, 10, 10, 10, 1)
 * }</pre>
 */
public class ZeroPadding3D extends Borders {
    /** Keras's default: one zero at each end of each axis, {@code ((1, 1), (1, 1), (1, 1))}. */
    public ZeroPadding3D() {
        this(1, 1, 1);
    }

    /** The same amount at both ends of each axis. */
    public ZeroPadding3D(int depth, int height, int width) {
        this(symmetric(depth, height, width));
    }

    /** {@code {{front, back}, {top, bottom}, {left, right}}}. */
    public ZeroPadding3D(int[][] amounts) {
        super(3, amounts);
    }

    @Override
    protected String key() {
        return "padding";
    }

    @Override
    protected int sign() {
        return 1;
    }

    public static ZeroPadding3D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("ZeroPadding3D", config);
        return readBordersConfig(new ZeroPadding3D(amountsOf(r, "padding", 3, symmetric(1, 1, 1))), r);
    }
}
