package org.layerwright.train.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dot: per sample, the sum of products along axis {@code a1} of the first input and {@code a2} of the second
 * (Keras's {@code batch_dot}); with {@code normalize}, of the inputs l2-normalised along those axes (the cosine
 * similarity). The output is the first shape without its axis, then the second without batch and axis, or (N, 1).
 */
final class DotKernel implements LayerKernel {
    private final int[] axes;
    private final boolean normalize;

    DotKernel(int[] axes, boolean normalize) {
        this.axes = axes.clone();
        this.normalize = normalize;
    }

    /** Axis order putting the contracted axis last (first input) or right after the batch (second input). */
    private static int[] order(int rank, int axis, boolean last) {
        int[] order = new int[rank];
        int i = 0;
        order[i++] = 0;
        if (!last) {
            order[i++] = axis;
        }
        for (int d = 1; d < rank; d++) {
            if (d != axis) {
                order[i++] = d;
            }
        }
        if (last) {
            order[i] = axis;
        }
        return order;
    }

    private static int[] inverse(int[] order) {
        int[] inverse = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            inverse[order[i]] = i;
        }
        return inverse;
    }

    private static long[] permuted(long[] shape, int[] order) {
        long[] out = new long[shape.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = shape[order[i]];
        }
        return out;
    }

    private record Saved(INDArray a, INDArray b, long[][] shapes, UnitNormalizationKernel.Normalized[] norms) {
    }

    @Override
    public Forward forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        INDArray y = inputs.get(1);
        UnitNormalizationKernel.Normalized[] norms = new UnitNormalizationKernel.Normalized[2];
        if (normalize) {
            AxisRows rowsX = new AxisRows(x.rank(), List.of(axes[0]));
            AxisRows rowsY = new AxisRows(y.rank(), List.of(axes[1]));
            norms[0] = UnitNormalizationKernel.normalizeRows(rowsX.toRows(x));
            norms[1] = UnitNormalizationKernel.normalizeRows(rowsY.toRows(y));
            x = rowsX.fromRows(norms[0].values(), x.shape());
            y = rowsY.fromRows(norms[1].values(), y.shape());
        }
        long n = x.size(0);
        long k = x.size(axes[0]);
        INDArray a = x.permute(order(x.rank(), axes[0], true)).dup('c').reshape('c', n, -1, k);
        INDArray b = y.permute(order(y.rank(), axes[1], false)).dup('c').reshape('c', n, k, -1);
        INDArray product = Nd4j.matmul(a, b);
        long[] outShape = outputShape(x.shape(), y.shape());
        return Forward.of(product.reshape('c', outShape), new Saved(a, b, new long[][] {x.shape(), y.shape()},
                norms));
    }

    private long[] outputShape(long[] first, long[] second) {
        int rank = first.length + second.length - 3;
        if (rank == 1) {
            return new long[] {first[0], 1};
        }
        long[] out = new long[rank];
        int i = 0;
        for (int d = 0; d < first.length; d++) {
            if (d != axes[0]) {
                out[i++] = first[d];
            }
        }
        for (int d = 1; d < second.length; d++) {
            if (d != axes[1]) {
                out[i++] = second[d];
            }
        }
        return out;
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved s = (Saved) forward.saved();
        INDArray g = outputGradients.get(0).reshape('c', s.a().size(0), s.a().size(1), s.b().size(2));
        INDArray da = Nd4j.matmul(g, s.b().permute(0, 2, 1).dup('c'));
        INDArray db = Nd4j.matmul(s.a().permute(0, 2, 1).dup('c'), g);
        INDArray[] grads = new INDArray[2];
        for (int i = 0; i < 2; i++) {
            long[] shape = s.shapes()[i];
            int[] order = order(shape.length, axes[i], i == 0);
            INDArray d = (i == 0 ? da : db).reshape('c', permuted(shape, order)).permute(inverse(order)).dup('c');
            if (normalize) {
                AxisRows rows = new AxisRows(shape.length, List.of(axes[i]));
                d = rows.fromRows(UnitNormalizationKernel.backwardRows(s.norms()[i], rows.toRows(d)), shape);
            }
            grads[i] = d;
        }
        return List.of(grads);
    }
}
