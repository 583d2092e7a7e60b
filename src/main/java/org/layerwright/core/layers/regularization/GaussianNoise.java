package org.layerwright.core.layers.regularization;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;

/**
 * Adds zero-centred Gaussian noise of standard deviation {@code stddev} while training; passes inputs unchanged
 * at inference.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor noisy = new GaussianNoise(0.1).apply(Input.of(784));
 * }</pre>
 */
public class GaussianNoise extends Layer {
    private final double stddev;

    public GaussianNoise(double stddev) {
        if (!(stddev >= 0) || Double.isInfinite(stddev)) {
            throw argumentError("stddev", "a non-negative standard deviation", stddev, "Use for example 0.1.");
        }
        this.stddev = stddev;
    }

    public double stddev() {
        return stddev;
    }

    @Override
    public String explainShape() {
        return "adds noise of standard deviation " + stddev + " while training; shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("stddev", stddev);
    }

    public static GaussianNoise fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("GaussianNoise", config);
        GaussianNoise layer = new GaussianNoise(r.number("stddev", Double.NaN));
        layer.readBaseConfig(r);
        return layer;
    }
}
