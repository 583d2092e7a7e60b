package org.layerwright.core.layers.core;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.config.ConfigReader;

/**
 * Returns its input unchanged (a layer Keras added after 2.6); useful as a placeholder or to give a tensor a name.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor same = new Identity().name("features").apply(x);
 * }</pre>
 */
public class Identity extends Layer {
    @Override
    public String explainShape() {
        return "passes its input through unchanged";
    }

    public static Identity fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Identity", config);
        Identity layer = new Identity();
        layer.readBaseConfig(r);
        return layer;
    }
}
