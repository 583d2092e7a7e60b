package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Small helpers for channels-last tensors of any rank. */
final class ChannelsLast {
    private ChannelsLast() {
    }

    /** The tensor as rows (everything but the last axis, in C order) × channels. */
    static INDArray rows(INDArray x) {
        return x.reshape('c', -1, x.size(x.rank() - 1));
    }

    /** x + b with b (channels,) broadcast over every other axis, as a new array. */
    static INDArray addBias(INDArray x, INDArray b) {
        return rows(x).addRowVector(b).reshape('c', x.shape());
    }

    /** The sum over every axis but the last: the gradient of a bias. */
    static INDArray sumOverChannels(INDArray g) {
        return rows(g).sum(0);
    }

    /** Zeros before and after each spatial axis (axes 1 .. rank − 2): {@code pads[i] = {before, after}}. */
    static INDArray pad(INDArray x, int[][] pads) {
        long[] shape = x.shape().clone();
        for (int i = 0; i < pads.length; i++) {
            shape[i + 1] += pads[i][0] + pads[i][1];
        }
        INDArray out = Nd4j.zeros(x.dataType(), shape);
        out.get(interior(x.shape(), pads)).assign(x);
        return out;
    }

    /** The part of x left after removing {@code crops[i] = {before, after}} from each spatial axis, as a copy. */
    static INDArray crop(INDArray x, int[][] crops) {
        long[] shape = x.shape().clone();
        for (int i = 0; i < crops.length; i++) {
            shape[i + 1] -= crops[i][0] + crops[i][1];
        }
        return x.get(interior(shape, crops)).dup('c');
    }

    private static INDArrayIndex[] interior(long[] innerShape, int[][] offsets) {
        INDArrayIndex[] index = new INDArrayIndex[innerShape.length];
        for (int d = 0; d < index.length; d++) {
            boolean spatial = d >= 1 && d <= offsets.length;
            index[d] = spatial ? NDArrayIndex.interval(offsets[d - 1][0], offsets[d - 1][0] + innerShape[d])
                    : NDArrayIndex.all();
        }
        return index;
    }
}
