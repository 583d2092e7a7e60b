package org.layerwright.core.layers.activations;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.Floats;

/**
 * Exponential linear unit: {@code f(x) = alpha × (exp(x) − 1)} for {@code x < 0}, {@code x} otherwise.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new ELU(0.5).apply(x);
 * }</pre>
 */
public class ELU extends Layer {
    private final double alpha;

    /** Keras's default: {@code alpha = 1.0}. */
    public ELU() {
        this(1.0);
    }

    public ELU(double alpha) {
        if (!Double.isFinite(alpha)) {
            throw argumentError("alpha", "a float (Alpha of an ELU layer cannot be None)", alpha, "Use for example"
                    + " 1.0.");
        }
        // tf.keras casts alpha through float32 before writing it back as a Python float.
        this.alpha = Floats.float32(alpha);
    }

    public double alpha() {
        return alpha;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("alpha", alpha);
    }

    public static ELU fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("ELU", config);
        ELU layer = new ELU(r.number("alpha", 1.0));
        layer.readBaseConfig(r);
        return layer;
    }
}
