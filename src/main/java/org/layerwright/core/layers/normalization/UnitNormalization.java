package org.layerwright.core.layers.normalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

/**
 * Scales each sample to unit L2 norm along {@code axis} (a layer Keras added after 2.6). It has no weights. As in
 * Keras, the axis is written as a list of non-negative axes once the layer is built.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor embedding = new UnitNormalization().apply(Input.of(128));   // (None, 128), every row of length 1
 * }</pre>
 */
public class UnitNormalization extends Layer {
    private List<Integer> axis = List.of(-1);
    private boolean axisGivenAsList;
    private List<Integer> builtAxes;

    public UnitNormalization axis(int axis) {
        this.axis = List.of(axis);
        this.axisGivenAsList = false;
        return this;
    }

    public UnitNormalization axis(List<Integer> axes) {
        if (axes == null || axes.isEmpty()) {
            throw argumentError("axis", "an int or a non-empty list of ints", axes, "Use axis=-1 (the last axis).");
        }
        this.axis = List.copyOf(axes);
        this.axisGivenAsList = true;
        return this;
    }

    private List<Integer> normalizedAxes(Shape input) {
        List<Integer> axes = new ArrayList<>();
        for (int a : axis) {
            int n = a < 0 ? a + input.rank() : a;
            if (n < 0 || n >= input.rank()) {
                throw shapeError(input, "Invalid value for `axis` argument: " + a + " is not an axis of a rank-"
                        + input.rank() + " input", "Use axis=-1 (the last axis).");
            }
            axes.add(n);
        }
        return axes;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        normalizedAxes(input);
        return input;
    }

    @Override
    protected void onBuild(Shape input) {
        builtAxes = normalizedAxes(input);
    }

    @Override
    public String explainShape() {
        return builtAxes == null ? "" : "each sample divided by its L2 norm over axes " + builtAxes + "; shape"
                + " unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("axis", builtAxes != null ? new ArrayList<>(builtAxes)
                : axisGivenAsList ? new ArrayList<>(axis) : axis.get(0));
    }

    public static UnitNormalization fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("UnitNormalization", config);
        UnitNormalization layer = new UnitNormalization();
        if (r.raw("axis") instanceof List) {
            layer.axis(r.intList("axis"));
        } else {
            layer.axis(r.integer("axis", -1));
        }
        layer.readBaseConfig(r);
        return layer;
    }
}
