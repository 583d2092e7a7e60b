package org.layerwright.core.layers.reshaping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * Reshapes its input to {@code target_shape} (without the batch axis); one entry may be -1 and is then worked
 * out from the input's size.
 *
 * <p>Input shape: {@code (batch, ...)}. Output shape: {@code (batch,) + target_shape}.
 *
 * <pre>{@code
 * KerasTensor image = new Reshape(28, 28, 1).apply(Input.of(784));   // (None, 28, 28, 1)
 * }</pre>
 */
public class Reshape extends Layer {
    private final int[] targetShape;

    public Reshape(int... targetShape) {
        int unknown = 0;
        for (int d : targetShape) {
            if (d == -1) {
                unknown++;
            } else if (d <= 0) {
                throw argumentError("target_shape", "positive sizes, with at most one -1", java.util.Arrays
                        .toString(targetShape), "Use -1 for the one size to be worked out.");
            }
        }
        if (unknown > 1) {
            throw argumentError("target_shape", "at most one -1 (Can only specify one unknown dimension.)",
                    java.util.Arrays.toString(targetShape), "Replace all but one -1 with a size.");
        }
        this.targetShape = targetShape.clone();
    }

    public int[] targetShape() {
        return targetShape.clone();
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        long inputSize = input.productFrom(1);
        List<Integer> out = new ArrayList<>();
        out.add(input.dim(0));
        long known = 1;
        int unknownAt = -1;
        for (int i = 0; i < targetShape.length; i++) {
            if (targetShape[i] == -1) {
                unknownAt = i;
                out.add(null);
            } else {
                known *= targetShape[i];
                out.add(targetShape[i]);
            }
        }
        if (inputSize < 0) {
            return Shape.of(out);
        }
        if (unknownAt >= 0) {
            if (known == 0 || inputSize % known != 0) {
                throw sizeError(input, inputSize);
            }
            out.set(unknownAt + 1, (int) (inputSize / known));
        } else if (known != inputSize) {
            throw sizeError(input, inputSize);
        }
        return Shape.of(out);
    }

    private RuntimeException sizeError(Shape input, long inputSize) {
        return shapeError(input, "total size of new array must be unchanged, input_shape = " + input.slice(1).toList()
                + ", output_shape = " + java.util.Arrays.toString(targetShape).replace(" ", " ")
                + " (the input has " + inputSize + " values)",
                "Pick a target shape whose sizes multiply to " + inputSize + ", or use -1 for one of them.");
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null) {
            return "";
        }
        long size = input.productFrom(1);
        return size < 0 ? "" : dimsProduct(input.slice(1)) + " = " + group(size) + " values, rearranged as "
                + computeOutputShape(input).slice(1);
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("target_shape", PyTuple.ofInts(targetShape));
    }

    public static Reshape fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Reshape", config);
        List<Integer> target = r.intList("target_shape");
        if (target == null) {
            throw new InvalidConfigException("Layer '" + config.get("name") + "' (Reshape): config has no"
                    + " \"target_shape\".");
        }
        Reshape layer = new Reshape(target.stream().mapToInt(Integer::intValue).toArray());
        layer.readBaseConfig(r);
        return layer;
    }
}
