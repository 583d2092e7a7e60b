package org.layerwright.core.layers.reshaping;

import java.util.List;
import java.util.Map;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;

/**
 * Repeats the rows and columns of images ({@code nearest}) or resizes them by interpolation.
 *
 * <p>Input shape: {@code (batch, height, width, channels)}. Output shape:
 * {@code (batch, height × size[0], width × size[1], channels)}.
 *
 * <pre>{@code
 * KerasTensor y = new UpSampling2D().apply(Input.of(14, 14, 64));   // (None, 28, 28, 64)
 * }</pre>
 */
public class UpSampling2D extends UpSampling {
    /** The interpolations tf.keras accepts. */
    public static final List<String> INTERPOLATIONS = List.of("area", "bicubic", "bilinear", "gaussian", "lanczos3",
            "lanczos5", "mitchellcubic", "nearest");

    private String interpolation = "nearest";

    /** Keras's default: doubles height and width. */
    public UpSampling2D() {
        this(2);
    }

    /** One factor for both axes, or two (height, width). */
    public UpSampling2D(int... size) {
        super(2, size);
    }

    public UpSampling2D dataFormat(String format) {
        setDataFormat(format);
        return this;
    }

    public String interpolation() {
        return interpolation;
    }

    public UpSampling2D interpolation(String interpolation) {
        if (!INTERPOLATIONS.contains(interpolation)) {
            throw argumentError("interpolation", "one of " + INTERPOLATIONS, interpolation, "Use \"nearest\" or"
                    + " \"bilinear\".");
        }
        this.interpolation = interpolation;
        return this;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("size", PyTuple.ofInts(size()));
        config.put("data_format", dataFormat());
        config.put("interpolation", interpolation);
    }

    public static UpSampling2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("UpSampling2D", config);
        UpSampling2D layer = new UpSampling2D(r.intTuple("size", 2, new int[] {2, 2}))
                .dataFormat(r.string("data_format", "channels_last"))
                .interpolation(r.string("interpolation", "nearest"));
        layer.readBaseConfig(r);
        return layer;
    }
}
