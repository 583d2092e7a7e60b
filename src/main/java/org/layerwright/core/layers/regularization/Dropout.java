package org.layerwright.core.layers.regularization;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;

/**
 * Sets a fraction {@code rate} of its inputs to zero while training, scaling the rest by {@code 1 / (1 - rate)};
 * passes inputs unchanged at inference.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor y = new Dropout(0.5).apply(x);
 * }</pre>
 */
public class Dropout extends Layer {
    private final double rate;
    private List<?> noiseShape;
    private Integer seed;

    public Dropout(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw argumentError("rate", "a value between 0 and 1", rate, "Use for example 0.5.");
        }
        this.rate = rate;
    }

    public double rate() {
        return rate;
    }

    public Dropout noiseShape(List<?> shape) {
        this.noiseShape = shape;
        return this;
    }

    public Dropout seed(Integer seed) {
        this.seed = seed;
        return this;
    }

    public Integer seed() {
        return seed;
    }

    @Override
    public String explainShape() {
        return "drops " + Math.round(rate * 100) + "% of values while training; shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("rate", rate);
        config.put("noise_shape", noiseShape == null ? null : PyTuple.copyOf(noiseShape));
        config.put("seed", seed);
    }

    public static Dropout fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Dropout", config);
        Dropout layer = new Dropout(r.number("rate", 0.5));
        layer.noiseShape = r.raw("noise_shape") instanceof List ? (List<?>) r.raw("noise_shape") : null;
        layer.seed = r.integer("seed", null);
        layer.readBaseConfig(r);
        return layer;
    }
}
