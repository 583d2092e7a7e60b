package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Add and Concatenate. */
final class MergeKernels {
    private MergeKernels() {
    }

    /** Add: the element-wise sum; each input receives the whole output gradient. */
    static LayerKernel add() {
        return new LayerKernel() {
            @Override
            public Forward forward(List<INDArray> inputs, boolean training) {
                INDArray sum = inputs.get(0).dup();
                for (int i = 1; i < inputs.size(); i++) {
                    sum.addi(inputs.get(i));
                }
                return Forward.of(sum, inputs.size());
            }

            @Override
            public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients w,
                    boolean inputGradientsNeeded) {
                return Collections.nCopies((Integer) forward.saved(), outputGradients.get(0));
            }
        };
    }

    /** Concatenate along {@code axis} (negative counts from the end); the gradient is split back by size. */
    static LayerKernel concatenate(int axis) {
        return new LayerKernel() {
            @Override
            public Forward forward(List<INDArray> inputs, boolean training) {
                int rank = inputs.get(0).rank();
                int dim = axis < 0 ? axis + rank : axis;
                long[] sizes = new long[inputs.size()];
                for (int i = 0; i < sizes.length; i++) {
                    sizes[i] = inputs.get(i).size(dim);
                }
                return Forward.of(Nd4j.concat(dim, inputs.toArray(new INDArray[0])), new long[][] {{dim}, sizes});
            }

            @Override
            public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients w,
                    boolean inputGradientsNeeded) {
                long[][] saved = (long[][]) forward.saved();
                int dim = (int) saved[0][0];
                INDArray g = outputGradients.get(0);
                List<INDArray> parts = new ArrayList<>();
                long start = 0;
                for (long size : saved[1]) {
                    INDArrayIndex[] index = new INDArrayIndex[g.rank()];
                    for (int i = 0; i < index.length; i++) {
                        index[i] = i == dim ? NDArrayIndex.interval(start, start + size) : NDArrayIndex.all();
                    }
                    parts.add(g.get(index).dup('c'));
                    start += size;
                }
                return parts;
            }
        };
    }
}
