package org.layerwright.core.layers.regularization;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;

/**
 * Multiplies its inputs by Gaussian noise of mean 1 and standard deviation {@code sqrt(rate / (1 − rate))} while
 * training; passes inputs unchanged at inference.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new GaussianDropout(0.2).apply(Input.of(128));
 * }</pre>
 */
public class GaussianDropout extends Layer {
    private final double rate;

    public GaussianDropout(double rate) {
        this.rate = requireRate("rate", rate);
    }

    public double rate() {
        return rate;
    }

    @Override
    public String explainShape() {
        return "multiplies by noise of mean 1 while training; shape unchanged";
    }

    /** tf.keras writes only the rate. */
    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("rate", rate);
    }

    public static GaussianDropout fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("GaussianDropout", config);
        GaussianDropout layer = new GaussianDropout(r.number("rate", Double.NaN));
        layer.readBaseConfig(r);
        return layer;
    }
}
