package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Views a tensor as a matrix whose rows are indexed by the kept axes (batch first) and whose columns run over the
 * reduced axes (ascending), so per-sample statistics over any axes become per-row statistics; and back.
 */
final class AxisRows {
    private final int[] order;
    private final int[] inverse;
    private final boolean identity;
    private final int[] reduced;

    /** @param reduced the reduced axes, non-negative and ascending; never the batch axis */
    AxisRows(int rank, List<Integer> reduced) {
        this.reduced = reduced.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < rank; d++) {
            if (!reduced.contains(d)) {
                kept.add(d);
            }
        }
        kept.addAll(reduced);
        this.order = kept.stream().mapToInt(Integer::intValue).toArray();
        this.inverse = new int[rank];
        boolean same = true;
        for (int i = 0; i < rank; i++) {
            inverse[order[i]] = i;
            same &= order[i] == i;
        }
        this.identity = same;
    }

    /** The number of columns: the product of the reduced axes' sizes. */
    long columns(long[] shape) {
        long k = 1;
        for (int a : reduced) {
            k *= shape[a];
        }
        return k;
    }

    /** The rows × columns matrix of x (a copy when axes had to move). */
    INDArray toRows(INDArray x) {
        INDArray permuted = identity ? x : x.permute(order).dup('c');
        return permuted.reshape('c', -1, columns(x.shape()));
    }

    /** The inverse of {@link #toRows} for a tensor of {@code shape}. */
    INDArray fromRows(INDArray rows, long[] shape) {
        if (identity) {
            return rows.reshape('c', shape);
        }
        long[] permutedShape = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            permutedShape[i] = shape[order[i]];
        }
        return rows.reshape('c', permutedShape).permute(inverse).dup('c');
    }
}
