package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Adds rows and columns of zeros around images.
 *
 * <p>Input shape: {@code (batch, height, width, channels)}. Output shape: {@code (batch, height + top + bottom, width +
 * left + right, channels)}.
 *
 * <pre>{@code
 * KerasTensor y = new ZeroPadding2D(3, 3).apply(Input.of(224, 224, 3));   // (None, 230, 230, 3)
 * }</pre>
 */
public class ZeroPadding2D extends Borders {
    /** Keras's default: one row or column of zeros on every side, {@code ((1, 1), (1, 1))}. */
    public ZeroPadding2D() {
        this(1, 1);
    }

    /** The same amount at both ends of each axis: {@code height} rows top and bottom, {@code width} columns. */
    public ZeroPadding2D(int height, int width) {
        this(symmetric(height, width));
    }

    /** {@code {{top, bottom}, {left, right}}}. */
    public ZeroPadding2D(int[][] amounts) {
        super(2, amounts);
    }

    @Override
    protected String key() {
        return "padding";
    }

    @Override
    protected int sign() {
        return 1;
    }

    public static ZeroPadding2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("ZeroPadding2D", config);
        return readBordersConfig(new ZeroPadding2D(amountsOf(r, "padding", 2, symmetric(1, 1))), r);
    }
}
