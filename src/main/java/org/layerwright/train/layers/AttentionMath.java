package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ActivationFunctions;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The pieces the attention kernels share: batched matrix products over the first axis, the softmax over the keys
 * with Keras's masking ({@code scores -= 1e9} where a key may not be seen), and dropout of the attention weights.
 */
final class AttentionMath {
    /** Keras subtracts this from the scores of keys a query may not attend to. */
    static final double MASKED_SCORE = 1e9;
    private static final ActivationFunction SOFTMAX = ActivationFunctions.byName("softmax");

    private AttentionMath() {
    }

    /** {@code a[i] · b[i]} for every i along axis 0 of two rank-3 arrays, each optionally transposed. */
    static INDArray bmm(INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        long batch = a.size(0);
        long rows = transposeA ? a.size(2) : a.size(1);
        long cols = transposeB ? b.size(1) : b.size(2);
        INDArray out = Nd4j.createUninitialized(a.dataType(), batch, rows, cols);
        for (long i = 0; i < batch; i++) {
            INDArray product = Nd4j.gemm(a.slice(i).dup('c'), b.slice(i).dup('c'), transposeA, transposeB);
            out.slice(i).assign(product);
        }
        return out;
    }

    /** Scores with the later keys masked for each query (Keras's causal mask: key j is seen by queries i ≥ j). */
    static INDArray causal(INDArray scores) {
        long queries = scores.size(scores.rank() - 2);
        long keys = scores.size(scores.rank() - 1);
        double[] penalty = new double[(int) (queries * keys)];
        for (int i = 0; i < queries; i++) {
            for (int j = i + 1; j < keys; j++) {
                penalty[(int) (i * keys + j)] = -MASKED_SCORE;
            }
        }
        INDArray row = Nd4j.create(penalty, new long[] {queries, keys}, 'c').castTo(scores.dataType());
        INDArray out = scores.dup('c');
        INDArray flat = out.reshape('c', -1, queries, keys);
        for (long i = 0; i < flat.size(0); i++) {
            flat.slice(i).addi(row);
        }
        return out;
    }

    /** Softmax over the last axis. */
    static INDArray softmax(INDArray scores) {
        return SOFTMAX.apply(scores);
    }

    /** d loss / d scores from d loss / d weights. */
    static INDArray softmaxBackward(INDArray weights, INDArray gradient) {
        return SOFTMAX.backward(null, weights, gradient);
    }

    /** An inverted-dropout mask of {@code like}'s shape: 0 with probability rate, else 1 / (1 − rate). */
    static INDArray dropoutMask(INDArray like, double rate) {
        INDArray mask = Nd4j.createUninitialized(like.dataType(), like.shape());
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1.0 - rate));
        return mask.muli(1.0 / (1.0 - rate));
    }
}
