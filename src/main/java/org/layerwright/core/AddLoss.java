package org.layerwright.core;

import java.util.Map;
import org.layerwright.core.config.ConfigReader;

/**
 * The layer Keras inserts when {@code add_loss} is called on a functional model with a symbolic tensor; it passes
 * its input through and marks it as a loss.
 */
public final class AddLoss extends Layer {
    private final boolean unconditional;

    public AddLoss() {
        this(false);
    }

    public AddLoss(boolean unconditional) {
        this.unconditional = unconditional;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("unconditional", unconditional);
    }

    public static AddLoss fromConfig(Map<String, Object> config) {
        ConfigReader reader = new ConfigReader("AddLoss", config);
        AddLoss layer = new AddLoss(reader.bool("unconditional", false));
        layer.readBaseConfig(reader);
        return layer;
    }
}
