package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * Removes rows and columns at the borders of images.
 *
 * <p>Input shape: {@code (batch, height, width, channels)}. Output shape: {@code (batch, height − top − bottom, width −
 * left − right, channels)}.
 *
 * <pre>{@code
 * KerasTensor y = new Cropping2D(new int[][] {{2, 2}, {4, 4}}).apply(Input.of(28, 28, 3));   // (None, 24, 20, 3)
 * }</pre>
 */
public class Cropping2D extends Borders {
    /** Keras's default: crops nothing, {@code ((0, 0), (0, 0))}. */
    public Cropping2D() {
        this(0, 0);
    }

    /** The same amount at both ends of each axis: {@code height} rows top and bottom, {@code width} columns. */
    public Cropping2D(int height, int width) {
        this(symmetric(height, width));
    }

    /** {@code {{top, bottom}, {left, right}}}. */
    public Cropping2D(int[][] amounts) {
        super(2, amounts);
    }

    @Override
    protected String key() {
        return "cropping";
    }

    @Override
    protected int sign() {
        return -1;
    }

    public static Cropping2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Cropping2D", config);
        return readBordersConfig(new Cropping2D(amountsOf(r, "cropping", 2, symmetric(0, 0))), r);
    }
}
