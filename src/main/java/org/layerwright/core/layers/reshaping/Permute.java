package org.layerwright.core.layers.reshaping;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * Reorders the axes of its input (the batch axis stays first); {@code dims} numbers the other axes from 1.
 *
 * <p>Input shape: {@code (batch, a1, ..., an)}. Output shape: {@code (batch, a[dims[0]], ..., a[dims[n-1]])}.
 *
 * <pre>{@code
 * KerasTensor y = new Permute(2, 1).apply(Input.of(10, 64));   // (None, 64, 10)
 * }</pre>
 */
public class Permute extends Layer {
    private final int[] dims;

    public Permute(int... dims) {
        int[] sorted = dims == null ? new int[0] : dims.clone();
        Arrays.sort(sorted);
        boolean consecutive = sorted.length > 0;
        for (int i = 0; i < sorted.length; i++) {
            consecutive &= sorted[i] == i + 1;
        }
        if (!consecutive) {
            throw argumentError("dims", "a permutation of 1.." + Math.max(1, sorted.length) + " (the set of indices in"
                    + " `dims` must be consecutive and start from 1)", dims == null ? "None"
                            : PyTuple.ofInts(dims), "Number the non-batch axes from 1, e.g. Permute(2, 1).");
        }
        this.dims = dims.clone();
    }

    public int[] dims() {
        return dims.clone();
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() != dims.length + 1) {
            throw shapeError(input, "dims " + PyTuple.ofInts(dims) + " permute " + dims.length + " axes, but the input"
                    + " has " + (input.rank() - 1) + " besides the batch axis", "Give one index per non-batch axis.");
        }
        Integer[] out = new Integer[input.rank()];
        out[0] = input.dim(0);
        for (int i = 0; i < dims.length; i++) {
            out[i + 1] = input.dim(dims[i]);
        }
        return Shape.of(out);
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        return input == null ? "" : "axes reordered as " + PyTuple.ofInts(dims) + ": " + input.slice(1) + " → "
                + computeOutputShape(input).slice(1);
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("dims", PyTuple.ofInts(dims));
    }

    public static Permute fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Permute", config);
        List<Integer> dims = r.intList("dims");
        if (dims == null) {
            throw new InvalidConfigException("Layer '" + config.get("name") + "' (Permute): config has no \"dims\".");
        }
        Permute layer = new Permute(dims.stream().mapToInt(Integer::intValue).toArray());
        layer.readBaseConfig(r);
        return layer;
    }
}
