package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Adds zeros at the start and end of the time axis.
 *
 * <p>Input shape: {@code (batch, steps, features)}. Output shape: {@code (batch, steps + start + end, features)}.
 *
 * <pre>{@code
 * KerasTensor y = new ZeroPadding1D(2, 2).apply(Input.of(100, 16));   // (None, 104, 16)
 * }</pre>
 */
public class ZeroPadding1D extends Borders {
    /** One zero at each end: Keras's default. */
    public ZeroPadding1D() {
        this(1, 1);
    }

    public ZeroPadding1D(int start, int end) {
        this(new int[][] {{start, end}});
    }

    /** {@code {{start, end}}}. */
    public ZeroPadding1D(int[][] amounts) {
        super(1, amounts);
    }

    @Override
    protected String key() {
        return "padding";
    }

    @Override
    protected int sign() {
        return 1;
    }

    public static ZeroPadding1D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("ZeroPadding1D", config);
        return readBordersConfig(new ZeroPadding1D(amountsOf(r, "padding", 1, new int[][] {{1, 1}})), r);
    }
}
