package org.layerwright.core.layers.preprocessing;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;

/**
 * Multiplies its input by {@code scale} and adds {@code offset}, e.g. to bring pixel values from [0, 255] to
 * [0, 1]. It has no weights.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor pixels = Input.of(28, 28, 1);
 * KerasTensor scaled = new Rescaling(1.0 / 255).apply(pixels);
 * }</pre>
 */
public class Rescaling extends Layer {
    private final double scale;
    private double offset;

    public Rescaling(double scale) {
        if (!Double.isFinite(scale)) {
            throw argumentError("scale", "a finite number", scale, "Use for example 1.0 / 255.");
        }
        this.scale = scale;
    }

    public double scale() {
        return scale;
    }

    public double offset() {
        return offset;
    }

    /** What is added after scaling (default 0.0); {@code -1.0} with {@code scale = 1 / 127.5} gives [-1, 1]. */
    public Rescaling offset(double offset) {
        if (!Double.isFinite(offset)) {
            throw argumentError("offset", "a finite number", offset, "Use for example -1.0.");
        }
        this.offset = offset;
        return this;
    }

    @Override
    public String explainShape() {
        return "every value × " + scale + " + " + offset + "; shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("scale", scale);
        config.put("offset", offset);
    }

    public static Rescaling fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Rescaling", config);
        Rescaling layer = new Rescaling(r.number("scale", Double.NaN)).offset(r.number("offset", 0.0));
        layer.readBaseConfig(r);
        return layer;
    }
}
