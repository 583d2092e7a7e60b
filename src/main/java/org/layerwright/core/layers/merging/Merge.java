package org.layerwright.core.layers.merging;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.errors.IncompatibleShapeException;

/**
 * The common part of element-wise merges (Add, Subtract, Multiply, Average, Maximum, Minimum): at least two
 * inputs whose shapes broadcast together, as Keras's {@code _Merge}.
 */
public abstract class Merge extends Layer {
    /** The fewest inputs the merge takes. */
    protected int minInputs() {
        return 2;
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputs) {
        if (inputs.size() < minInputs()) {
            throw new IncompatibleShapeException("Layer '" + name() + "' (" + className() + "): a merge layer should"
                    + " be called on a list of at least " + minInputs() + " inputs. Got " + inputs.size()
                    + " inputs.", "Connect another input to it.");
        }
        List<Integer> output = inputs.get(0).slice(1).toList();
        for (int i = 1; i < inputs.size(); i++) {
            output = broadcast(output, inputs.get(i).slice(1).toList(), inputs);
        }
        Integer batch = null;
        boolean single = true;
        for (Shape s : inputs) {
            Integer b = s.dim(0);
            if (b != null) {
                if (batch != null && !batch.equals(b)) {
                    single = false;
                }
                batch = b;
            }
        }
        List<Integer> dims = new ArrayList<>();
        dims.add(single ? batch : null);
        dims.addAll(output);
        return List.of(Shape.of(dims));
    }

    /** Keras's {@code _compute_elemwise_op_output_shape}: 1 broadcasts, None wins. */
    private List<Integer> broadcast(List<Integer> a, List<Integer> b, List<Shape> inputs) {
        if (a.size() < b.size()) {
            return broadcast(b, a, inputs);
        }
        if (b.isEmpty()) {
            return a;
        }
        List<Integer> out = new ArrayList<>(a.subList(0, a.size() - b.size()));
        List<Integer> tail = a.subList(a.size() - b.size(), a.size());
        for (int k = 0; k < b.size(); k++) {
            Integer i = tail.get(k);
            Integer j = b.get(k);
            if (i == null || j == null) {
                out.add(null);
            } else if (i == 1) {
                out.add(j);
            } else if (j == 1) {
                out.add(i);
            } else if (!i.equals(j)) {
                throw new IncompatibleShapeException("Layer '" + name() + "' (" + className() + "): operands could"
                        + " not be broadcast together with shapes " + Shape.of(a) + " " + Shape.of(b)
                        + ". Input shapes: " + inputs + ".", "Make the inputs the same shape, for example with a Dense"
                                + " or Reshape layer on one branch.");
            } else {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public String explainShape() {
        return "element-wise " + className().toLowerCase(java.util.Locale.ROOT) + " of inputs of the same shape";
    }

    protected static <T extends Merge> T readMergeConfig(T layer, ConfigReader r) {
        layer.readBaseConfig(r);
        return layer;
    }
}
