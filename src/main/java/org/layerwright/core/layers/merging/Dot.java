package org.layerwright.core.layers.merging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * The dot product of two tensors along an axis of each, per sample; with {@code normalize}, of their L2-normalised
 * values (the cosine similarity).
 *
 * <p>Input shape: two tensors {@code (batch, ...)} whose sizes along the chosen axes match. Output shape: the first
 * shape without its axis, followed by the second without its batch axis and its axis; {@code (batch, 1)} when
 * nothing else remains.
 *
 * <pre>{@code
 * KerasTensor similarity = new Dot(1).normalize(true).apply(List.of(a, b));   // (None, 64) · (None, 64) → (None, 1)
 * }</pre>
 */
public class Dot extends Layer {
    /** A single axis for both inputs, or null when {@link #axisPair} is used. */
    private final Integer axis;
    private final int[] axisPair;
    private boolean normalize;

    /** The same axis of both inputs (negative counts from the end). */
    public Dot(int axes) {
        this.axis = axes;
        this.axisPair = null;
    }

    /** Axis {@code first} of the first input against axis {@code second} of the second. */
    public Dot(int first, int second) {
        this.axis = null;
        this.axisPair = new int[] {first, second};
    }

    public boolean normalize() {
        return normalize;
    }

    /** Normalises both inputs along the dot axes first, so the result is their cosine similarity. */
    public Dot normalize(boolean value) {
        this.normalize = value;
        return this;
    }

    /** The axes for these input ranks, resolved as Keras resolves them (a negative single axis per input). */
    private int[] resolvedAxes(Shape first, Shape second) {
        if (axis != null) {
            return axis < 0 ? new int[] {Math.floorMod(axis, first.rank()), Math.floorMod(axis, second.rank())}
                    : new int[] {axis, axis};
        }
        return new int[] {axisPair[0] < 0 ? axisPair[0] + first.rank() : axisPair[0],
            axisPair[1] < 0 ? axisPair[1] + second.rank() : axisPair[1]};
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputs) {
        if (inputs.size() != 2) {
            throw new IncompatibleShapeException("Layer '" + name() + "' (Dot): a `Dot` layer should be called on a"
                    + " list of 2 inputs. Got " + inputs.size() + ".", "Connect exactly two inputs.");
        }
        Shape first = inputs.get(0);
        Shape second = inputs.get(1);
        int[] axes = resolvedAxes(first, second);
        for (int i = 0; i < 2; i++) {
            Shape s = inputs.get(i);
            if (s.rank() < 2 || axes[i] < 1 || axes[i] >= s.rank()) {
                throw new IncompatibleShapeException("Layer '" + name() + "' (Dot): axis " + axes[i] + " does not"
                        + " name a non-batch axis of input " + (i + 1) + " with shape " + s + ".",
                        "Choose axes between 1 and " + (Math.max(s.rank(), 2) - 1) + ", or -1 for the last axis.");
            }
        }
        if (!Objects.equals(first.dim(axes[0]), second.dim(axes[1]))) {
            throw new IncompatibleShapeException("Layer '" + name() + "' (Dot): dimension incompatibility "
                    + dimText(first.dim(axes[0])) + " != " + dimText(second.dim(axes[1])) + ". Layer shapes: " + first
                    + ", " + second + ". Chosen axes: " + axes[0] + ", " + axes[1] + ".",
                    "Choose axes of the same size, or project one input with a Dense layer first.");
        }
        List<Integer> dims = new ArrayList<>(first.toList());
        dims.remove(axes[0]);
        List<Integer> rest = new ArrayList<>(second.toList());
        rest.remove(axes[1]);
        rest.remove(0);
        dims.addAll(rest);
        if (dims.size() == 1) {
            dims.add(1);
        }
        return List.of(Shape.of(dims));
    }

    private static String dimText(Integer d) {
        return d == null ? "None" : d.toString();
    }

    @Override
    public String explainShape() {
        List<Shape> inputs = buildInputShapes();
        if (inputs == null) {
            return "";
        }
        int[] axes = resolvedAxes(inputs.get(0), inputs.get(1));
        return "sums the products along axis " + axes[0] + " of " + inputs.get(0) + " and axis " + axes[1] + " of "
                + inputs.get(1) + (normalize ? ", after L2-normalising both (cosine similarity)" : "");
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("axes", axis != null ? axis : List.of(axisPair[0], axisPair[1]));
        config.put("normalize", normalize);
    }

    public static Dot fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Dot", config);
        Object raw = r.raw("axes");
        Dot layer;
        if (raw instanceof List) {
            List<Integer> axes = r.intList("axes");
            if (axes.size() != 2) {
                throw new InvalidConfigException("Layer '" + r.raw("name") + "' (Dot): config key \"axes\" is " + raw
                        + ", expected an integer or a list of 2 integers.");
            }
            layer = new Dot(axes.get(0), axes.get(1));
        } else {
            layer = new Dot(r.requireInt("axes"));
        }
        layer.normalize(r.bool("normalize", false));
        layer.readBaseConfig(r);
        return layer;
    }
}
