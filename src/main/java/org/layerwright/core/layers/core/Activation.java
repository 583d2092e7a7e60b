package org.layerwright.core.layers.core;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.layers.Activations;

/**
 * Applies an activation function element-wise.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor probabilities = new Activation("softmax").apply(logits);
 * }</pre>
 */
public class Activation extends Layer {
    private final String activation;

    public Activation(String activation) {
        if (activation == null) {
            throw argumentError("activation", "an activation name such as 'relu'", null, null);
        }
        this.activation = Activations.check(activation);
    }

    public String activation() {
        return activation;
    }

    @Override
    public String explainShape() {
        return "element-wise " + activation + ": shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("activation", activation);
    }

    public static Activation fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Activation", config);
        Activation layer = new Activation(r.requireString("activation"));
        layer.readBaseConfig(r);
        return layer;
    }
}
