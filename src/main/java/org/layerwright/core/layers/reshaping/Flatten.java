package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.layers.ConvUtils;

/**
 * Flattens everything but the batch axis.
 *
 * <p>Input shape: {@code (batch, ...)}. Output shape: {@code (batch, product of the other axes)}, or
 * {@code (batch, None)} when one of them is unknown.
 *
 * <pre>{@code
 * KerasTensor flat = new Flatten().apply(Input.of(28, 28));   // (None, 784)
 * }</pre>
 */
public class Flatten extends Layer {
    private String dataFormat = "channels_last";

    public Flatten dataFormat(String format) {
        this.dataFormat = ConvUtils.dataFormat("Flatten", format);
        return this;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() == 0) {
            return Shape.of(1);
        }
        long product = input.productFrom(1);
        if (product > Integer.MAX_VALUE) {
            throw shapeError(input, "the flattened size " + product + " exceeds 2,147,483,647",
                    "Reduce the input with pooling or strided convolutions before flattening.");
        }
        boolean anyZero = false;
        for (int i = 1; i < input.rank(); i++) {
            anyZero |= input.isKnown(i) && input.dim(i) == 0;
        }
        return Shape.of(input.dim(0), product < 0 || anyZero ? null : (int) product);
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null || input.rank() < 2) {
            return "";
        }
        Shape out = computeOutputShape(input);
        return dimsProduct(input.slice(1)) + " = " + (out.isKnown(1) ? group(out.dim(1)) : "None");
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("data_format", dataFormat);
    }

    public static Flatten fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Flatten", config);
        Flatten layer = new Flatten().dataFormat(r.string("data_format", "channels_last"));
        layer.readBaseConfig(r);
        return layer;
    }
}
