package org.layerwright.core.layers.regularization;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;

/**
 * Passes its input through unchanged and adds {@code l1 × sum(|x|) + l2 × sum(x²)} of it to the training loss.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor sparse = new ActivityRegularization().l1(0.001).apply(hidden);
 * }</pre>
 */
public class ActivityRegularization extends Layer {
    private double l1;
    private double l2;

    public double l1() {
        return l1;
    }

    public double l2() {
        return l2;
    }

    public ActivityRegularization l1(double l1) {
        this.l1 = requireFactor("l1", l1);
        return this;
    }

    public ActivityRegularization l2(double l2) {
        this.l2 = requireFactor("l2", l2);
        return this;
    }

    private double requireFactor(String argument, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw argumentError(argument, "a non-negative factor", value, "Use for example 0.001, or 0.0 for none.");
        }
        return value;
    }

    @Override
    public String explainShape() {
        return "adds " + l1 + " × sum(|x|) + " + l2 + " × sum(x²) to the loss; shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("l1", l1);
        config.put("l2", l2);
    }

    public static ActivityRegularization fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("ActivityRegularization", config);
        ActivityRegularization layer = new ActivityRegularization().l1(r.number("l1", 0.0)).l2(r.number("l2", 0.0));
        layer.readBaseConfig(r);
        return layer;
    }
}
