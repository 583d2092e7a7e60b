package org.layerwright.core.layers.normalization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

/**
 * Normalises each sample over its feature axes (not over the batch), then scales and shifts.
 *
 * <p>Input shape: any. Output shape: the input shape. Weights {@code gamma} and {@code beta} have the sizes of the
 * normalised axes. As in tf.keras, {@code axis} is written as a list of non-negative axes once the layer is built.
 *
 * <pre>{@code
 * KerasTensor tokens = Input.of(10, 64);
 * KerasTensor y = new LayerNormalization().apply(tokens);   // 128 parameters; config axis [2]
 * }</pre>
 */
public class LayerNormalization extends AffineNormalization {
    private List<Integer> axis = List.of(-1);
    private boolean axisGivenAsList;
    private List<Integer> builtAxes;

    public LayerNormalization axis(int axis) {
        this.axis = List.of(axis);
        this.axisGivenAsList = false;
        return this;
    }

    public LayerNormalization axis(List<Integer> axes) {
        if (axes == null || axes.isEmpty()) {
            throw argumentError("axis", "an int or a non-empty list of ints", axes, "Use axis=-1 (the last axis).");
        }
        this.axis = List.copyOf(axes);
        this.axisGivenAsList = true;
        return this;
    }

    /** The normalised axes: as given before build, non-negative after build. */
    public List<Integer> axes() {
        return builtAxes != null ? builtAxes : axis;
    }

    private List<Integer> normalizedAxes(Shape input) {
        List<Integer> axes = new ArrayList<>();
        for (int a : axis) {
            int n = a < 0 ? a + input.rank() : a;
            if (n < 0 || n >= input.rank()) {
                throw shapeError(input, "Invalid axis: " + a + " for an input of rank " + input.rank(),
                        "Use axis=-1 (the last axis).");
            }
            axes.add(n);
        }
        if (new HashSet<>(axes).size() != axes.size()) {
            throw shapeError(input, "Duplicate axis: " + axes, "Name each axis once.");
        }
        return axes;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        for (int a : normalizedAxes(input)) {
            if (!input.isKnown(a)) {
                throw shapeError(input, "axis " + a + " must be known to normalize over it, found None",
                        "Give that axis a fixed size, or normalize over other axes.");
            }
        }
        return input;
    }

    @Override
    protected void onBuild(Shape input) {
        builtAxes = normalizedAxes(input);
        Integer[] dims = new Integer[builtAxes.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = input.dim(builtAxes.get(i));
        }
        declareGammaAndBeta(Shape.of(dims));
    }

    @Override
    public String explainShape() {
        return builtAxes == null ? "" : "each sample normalised over axes " + builtAxes + "; shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("axis", builtAxes != null ? new ArrayList<>(builtAxes)
                : axisGivenAsList ? new ArrayList<>(axis) : axis.get(0));
        addAffineConfig(config);
    }

    public static LayerNormalization fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("LayerNormalization", config);
        LayerNormalization layer = new LayerNormalization();
        if (r.raw("axis") instanceof List) {
            layer.axis(r.intList("axis"));
        } else {
            layer.axis(r.integer("axis", -1));
        }
        return readAffineConfig(layer, r);
    }
}
