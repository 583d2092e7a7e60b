package org.layerwright.core.layers.reshaping;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

/**
 * Repeats a feature vector {@code n} times, making a sequence (as in encoder-decoder models).
 *
 * <p>Input shape: {@code (batch, features)}. Output shape: {@code (batch, n, features)}.
 *
 * <pre>{@code
 * KerasTensor sequence = new RepeatVector(10).apply(Input.of(32));   // (None, 10, 32)
 * }</pre>
 */
public class RepeatVector extends Layer {
    private final int n;

    public RepeatVector(int n) {
        this.n = requirePositive("n", n);
    }

    public int n() {
        return n;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() != 2) {
            throw shapeError(input, "expected rank 2 (batch, features), found rank " + input.rank(),
                    input.rank() > 2 ? "Flatten the input first, or use a layer that keeps sequences." : null);
        }
        return Shape.of(input.dim(0), n, input.dim(1));
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        return input == null ? "" : "the " + (input.dim(1) == null ? "None" : input.dim(1)) + " features repeated " + n
                + " times";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("n", n);
    }

    public static RepeatVector fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("RepeatVector", config);
        RepeatVector layer = new RepeatVector(r.requireInt("n"));
        layer.readBaseConfig(r);
        return layer;
    }
}
