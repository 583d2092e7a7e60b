package org.layerwright.train;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Inputs and targets held as (samples, features) rows, so a batch is one row gather per array. */
final class Samples {
    private final List<INDArray> inputRows = new ArrayList<>();
    private final List<long[]> inputShapes = new ArrayList<>();
    private final List<INDArray> targetRows = new ArrayList<>();
    private final List<long[]> targetShapes = new ArrayList<>();
    private final int count;

    /** Inputs and the targets of each output (null for predict). */
    Samples(List<INDArray> inputs, List<INDArray> targets, DataType dtype) {
        this.count = (int) inputs.get(0).size(0);
        for (INDArray x : inputs) {
            if (x.size(0) != count) {
                throw new IllegalArgumentException("Data cardinality is ambiguous: inputs have " + count + " and "
                        + x.size(0) + " samples. Make sure all arrays contain the same number of samples.");
            }
            INDArray cast = x.dataType() == dtype ? x : x.castTo(dtype);
            inputRows.add(rows(cast));
            inputShapes.add(x.shape());
        }
        for (INDArray y : targets == null ? List.<INDArray>of() : targets) {
            if (y.size(0) != count) {
                throw new IllegalArgumentException("Data cardinality is ambiguous: x sizes: " + count + ", y sizes: "
                        + y.size(0) + ". Make sure all arrays contain the same number of samples.");
            }
            targetRows.add(rows(y.castTo(dtype)));
            targetShapes.add(y.shape());
        }
    }

    private static INDArray rows(INDArray a) {
        INDArray c = a.ordering() == 'c' && !a.isView() ? a : a.dup('c');
        return c.reshape('c', a.size(0), a.length() / Math.max(1, a.size(0)));
    }

    int count() {
        return count;
    }

    /** The samples at {@code indices}, in their original per-sample shapes. */
    List<INDArray> inputs(int[] indices) {
        List<INDArray> out = new ArrayList<>(inputRows.size());
        for (int i = 0; i < inputRows.size(); i++) {
            out.add(gather(inputRows.get(i), inputShapes.get(i), indices));
        }
        return out;
    }

    /** The targets of every output at {@code indices}. */
    List<INDArray> targets(int[] indices) {
        List<INDArray> out = new ArrayList<>(targetRows.size());
        for (int i = 0; i < targetRows.size(); i++) {
            out.add(gather(targetRows.get(i), targetShapes.get(i), indices));
        }
        return out;
    }

    /** Samples [from, to), for evaluation and splitting. */
    Samples range(int from, int to) {
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        List<INDArray> in = inputs(indices);
        return new Samples(in, targets(indices), inputRows.get(0).dataType());
    }

    private static INDArray gather(INDArray rows, long[] shape, int[] indices) {
        INDArray picked = Nd4j.pullRows(rows, 1, indices);
        long[] batchShape = shape.clone();
        batchShape[0] = indices.length;
        return picked.reshape('c', batchShape);
    }
}
