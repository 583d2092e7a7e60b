package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Subtract, Multiply, Average, Maximum and Minimum on inputs of one rank whose sizes broadcast (1 against n). Maximum
 * and Minimum fold left as Keras does, and a tie sends the gradient to the earlier value, as TensorFlow's.
 */
final class ElementwiseMergeKernel implements LayerKernel {
    /** The merge operation. */
    enum Op { SUBTRACT, MULTIPLY, AVERAGE, MAXIMUM, MINIMUM }

    private final Op op;

    ElementwiseMergeKernel(Op op) {
        this.op = op;
    }

    private record Saved(List<long[]> shapes, List<INDArray> inputs, List<INDArray> earlierWins) {
    }

    private static long[] broadcastShape(List<INDArray> inputs) {
        long[] shape = inputs.get(0).shape().clone();
        for (INDArray x : inputs) {
            for (int d = 0; d < shape.length; d++) {
                shape[d] = Math.max(shape[d], x.size(d));
            }
        }
        return shape;
    }

    @Override
    public Forward forward(List<INDArray> inputs, boolean training) {
        long[] shape = broadcastShape(inputs);
        List<INDArray> full = new ArrayList<>();
        List<long[]> shapes = new ArrayList<>();
        for (INDArray x : inputs) {
            shapes.add(x.shape());
            full.add(java.util.Arrays.equals(x.shape(), shape) ? x : x.broadcast(shape));
        }
        List<INDArray> earlierWins = new ArrayList<>();
        INDArray out = full.get(0).dup('c');
        for (int i = 1; i < full.size(); i++) {
            INDArray x = full.get(i);
            switch (op) {
                case SUBTRACT -> out.subi(x);
                case MULTIPLY -> out.muli(x);
                case AVERAGE -> out.addi(x);
                default -> {
                    // out ≥ x (Maximum) or out ≤ x (Minimum) is 1 − step(x − out) or 1 − step(out − x).
                    INDArray wins = Transforms.step(op == Op.MAXIMUM ? x.sub(out) : out.sub(x), false).rsubi(1.0);
                    earlierWins.add(wins);
                    out = out.mul(wins).addi(x.mul(wins.rsub(1.0)));
                }
            }
        }
        if (op == Op.AVERAGE) {
            out.divi(full.size());
        }
        return Forward.of(out, new Saved(shapes, op == Op.MULTIPLY ? full : null, earlierWins));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved saved = (Saved) forward.saved();
        INDArray g = outputGradients.get(0);
        int n = saved.shapes().size();
        INDArray[] grads = new INDArray[n];
        switch (op) {
            case SUBTRACT -> {
                grads[0] = g;
                grads[1] = g.neg();
            }
            case AVERAGE -> java.util.Arrays.fill(grads, g.div(n));
            case MULTIPLY -> {
                for (int i = 0; i < n; i++) {
                    INDArray product = g.dup('c');
                    for (int j = 0; j < n; j++) {
                        if (j != i) {
                            product.muli(saved.inputs().get(j));
                        }
                    }
                    grads[i] = product;
                }
            }
            default -> {
                INDArray running = g;
                for (int i = n - 1; i >= 1; i--) {
                    INDArray wins = saved.earlierWins().get(i - 1);
                    grads[i] = running.mul(wins.rsub(1.0));
                    running = running.mul(wins);
                }
                grads[0] = running;
            }
        }
        List<INDArray> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(reduceTo(grads[i], saved.shapes().get(i)));
        }
        return out;
    }

    /** Sums a gradient over the axes its input was broadcast along. */
    static INDArray reduceTo(INDArray gradient, long[] shape) {
        List<Integer> axes = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1 && gradient.size(d) != 1) {
                axes.add(d);
            }
        }
        if (axes.isEmpty()) {
            return gradient;
        }
        return gradient.sum(true, axes.stream().mapToInt(Integer::intValue).toArray()).reshape('c', shape);
    }
}
