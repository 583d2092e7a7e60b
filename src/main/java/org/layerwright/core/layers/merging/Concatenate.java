package org.layerwright.core.layers.merging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.errors.IncompatibleShapeException;

/**
 * Joins its inputs along {@code axis} (the last by default); every other axis must match.
 *
 * <p>Input shape: a list of tensors. Output shape: the common shape, with the sizes along {@code axis} summed.
 *
 * <pre>{@code
 * KerasTensor joined = new Concatenate().apply(List.of(Input.of(16), Input.of(8)));   // (None, 24)
 * }</pre>
 */
public class Concatenate extends Layer {
    private int axis = -1;

    public Concatenate() {
    }

    public Concatenate(int axis) {
        this.axis = axis;
    }

    public int axis() {
        return axis;
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputs) {
        if (inputs.size() < 2) {
            throw new IncompatibleShapeException("Layer '" + name() + "' (Concatenate): a `Concatenate` layer should"
                    + " be called on a list of at least 2 inputs. Got " + inputs.size() + " input(s).",
                    "Connect another input to it.");
        }
        int rank = inputs.get(0).rank();
        boolean sameRank = true;
        for (Shape s : inputs) {
            sameRank &= s.rank() == rank;
        }
        int a = axis < 0 ? axis + rank : axis;
        if (!sameRank || a <= 0 || a >= rank) {
            throw mismatch(inputs);
        }
        List<Integer> dims = new ArrayList<>(inputs.get(0).toList());
        Integer sum = 0;
        for (int d = 0; d < rank; d++) {
            if (d == a) {
                for (Shape s : inputs) {
                    sum = sum == null || s.dim(d) == null ? null : sum + s.dim(d);
                }
                continue;
            }
            Set<Integer> known = new HashSet<>();
            for (Shape s : inputs) {
                if (s.dim(d) != null) {
                    known.add(s.dim(d));
                }
            }
            if (known.size() > 1) {
                throw mismatch(inputs);
            }
            dims.set(d, known.isEmpty() ? null : known.iterator().next());
        }
        dims.set(a, sum);
        return List.of(Shape.of(dims));
    }

    private IncompatibleShapeException mismatch(List<Shape> inputs) {
        return new IncompatibleShapeException("Layer '" + name() + "' (Concatenate): a `Concatenate` layer requires"
                + " inputs with matching shapes except for the concat axis. Got inputs shapes: " + inputs + ".",
                "Reshape or Flatten the inputs so that every axis other than axis " + axis + " matches.");
    }

    @Override
    public String explainShape() {
        List<Shape> inputs = buildInputShapes();
        if (inputs == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int rank = inputs.get(0).rank();
        int a = axis < 0 ? axis + rank : axis;
        for (Shape s : inputs) {
            sb.append(sb.length() == 0 ? "" : " + ").append(s.dim(a) == null ? "None" : s.dim(a).toString());
        }
        Integer out = computeOutputShapes(inputs).get(0).dim(a);
        return "axis " + axis + ": " + sb + " = " + (out == null ? "None" : out);
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("axis", axis);
    }

    public static Concatenate fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Concatenate", config);
        Concatenate layer = new Concatenate(r.integer("axis", -1));
        layer.readBaseConfig(r);
        return layer;
    }
}
