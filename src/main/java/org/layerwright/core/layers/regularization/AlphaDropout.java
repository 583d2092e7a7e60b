package org.layerwright.core.layers.regularization;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;

/**
 * Dropout that keeps the mean and variance of its inputs, for self-normalising networks with {@code selu}: dropped
 * values are set to SELU's negative saturation value while training.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new AlphaDropout(0.1).apply(new Dense(64).activation("selu").apply(x));
 * }</pre>
 */
public class AlphaDropout extends Layer {
    private final double rate;

    public AlphaDropout(double rate) {
        this.rate = requireRate("rate", rate);
    }

    public double rate() {
        return rate;
    }

    @Override
    public String explainShape() {
        return "drops values to the SELU saturation value while training; shape unchanged";
    }

    /** tf.keras writes only the rate. */
    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("rate", rate);
    }

    public static AlphaDropout fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("AlphaDropout", config);
        AlphaDropout layer = new AlphaDropout(r.number("rate", Double.NaN));
        layer.readBaseConfig(r);
        return layer;
    }
}
