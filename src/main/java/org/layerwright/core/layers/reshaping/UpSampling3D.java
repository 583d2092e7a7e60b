package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;

/**
 * Repeats the entries of volumes along depth, height and width.
 *
 * <p>Input shape: {@code (batch, depth, height, width, channels)}. Output shape: each spatial axis multiplied by
 * its factor.
 *
 * <pre>{@code
 * KerasTensor y = new UpSampling3D().apply(Input.of(4, 8, 8, 16));   // (None, 8, 16, 16, 16)
 * }</pre>
 */
public class UpSampling3D extends UpSampling {
    /** Keras's default: doubles every spatial axis. */
    public UpSampling3D() {
        this(2);
    }

    /** One factor for all three axes, or three (depth, height, width). */
    public UpSampling3D(int... size) {
        super(3, size);
    }

    public UpSampling3D dataFormat(String format) {
        setDataFormat(format);
        return this;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("size", PyTuple.ofInts(size()));
        config.put("data_format", dataFormat());
    }

    public static UpSampling3D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("UpSampling3D", config);
        UpSampling3D layer = new UpSampling3D(r.intTuple("size", 3, new int[] {2, 2, 2}))
                .dataFormat(r.string("data_format", "channels_last"));
        layer.readBaseConfig(r);
        return layer;
    }
}
