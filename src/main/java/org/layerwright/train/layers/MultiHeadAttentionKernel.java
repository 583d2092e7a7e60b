package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * MultiHeadAttention over sequences {@code (batch, steps, dim)} with Keras's weights: query, key and value kernels
 * (dim, heads, key_dim or value_dim) with biases (heads, ·), output kernel (heads, value_dim, out) with bias (out).
 * Each head scores {@code (q / √key_dim) · kᵀ}, applies the causal mask when asked, takes a softmax over the keys
 * (with dropout in training) and averages the values; the heads are then projected together to the output.
 */
final class MultiHeadAttentionKernel implements LayerKernel {
    private final INDArray[] kernels = new INDArray[4];
    private final INDArray[] biases = new INDArray[4];
    private final long heads;
    private final long keyDim;
    private final long valueDim;
    private final boolean causal;
    private final double dropout;

    /** {@code weights} in Keras's order: query, key, value, attention_output, each kernel then (if used) bias. */
    MultiHeadAttentionKernel(List<INDArray> weights, boolean useBias, long heads, long keyDim, long valueDim,
            boolean causal, double dropout) {
        int step = useBias ? 2 : 1;
        for (int p = 0; p < 4; p++) {
            kernels[p] = weights.get(p * step);
            biases[p] = useBias ? weights.get(p * step + 1) : null;
        }
        this.heads = heads;
        this.keyDim = keyDim;
        this.valueDim = valueDim;
        this.causal = causal;
        this.dropout = dropout;
    }

    private record Saved(INDArray[] rows, INDArray[] heads, INDArray weights, INDArray dropoutMask,
            INDArray attended, long[][] inputShapes, int inputCount) {
    }

    /** x (batch, T, d) to rows (batch·T, d) · kernel (d, heads·width) + bias, as (batch, heads, T, width). */
    private INDArray project(INDArray rows, int p, long batch, long steps, long width) {
        INDArray kernel = kernels[p].reshape('c', kernels[p].size(0), heads * width);
        INDArray out = Nd4j.gemm(rows, kernel, false, false);
        if (biases[p] != null) {
            out.addiRowVector(biases[p].reshape(1, heads * width));
        }
        return out.reshape('c', batch, steps, heads, width).permute(0, 2, 1, 3).dup('c');
    }

    /** (batch, heads, T, width) back to rows (batch·T, heads·width). */
    private static INDArray rowsOf(INDArray perHead) {
        long batch = perHead.size(0);
        long steps = perHead.size(2);
        return perHead.permute(0, 2, 1, 3).dup('c').reshape('c', batch * steps, perHead.size(1) * perHead.size(3));
    }

    private static INDArray heads3(INDArray perHead) {
        return perHead.reshape('c', perHead.size(0) * perHead.size(1), perHead.size(2), perHead.size(3));
    }

    @Override
    public Forward forward(List<INDArray> inputs, boolean training) {
        INDArray query = inputs.get(0);
        INDArray value = inputs.get(1);
        INDArray key = inputs.size() > 2 ? inputs.get(2) : value;
        long batch = query.size(0);
        long tq = query.size(1);
        long tv = value.size(1);
        INDArray[] rows = {
            query.dup('c').reshape('c', batch * tq, query.size(2)),
            key.dup('c').reshape('c', batch * tv, key.size(2)),
            value.dup('c').reshape('c', batch * tv, value.size(2))};
        INDArray q = project(rows[0], 0, batch, tq, keyDim).muli(1.0 / Math.sqrt(keyDim));
        INDArray k = project(rows[1], 1, batch, tv, keyDim);
        INDArray v = project(rows[2], 2, batch, tv, valueDim);
        INDArray scores = AttentionMath.bmm(heads3(q), heads3(k), false, true);
        if (causal) {
            scores = AttentionMath.causal(scores);
        }
        INDArray weights = AttentionMath.softmax(scores);
        INDArray mask = training && dropout > 0.0 ? AttentionMath.dropoutMask(weights, dropout) : null;
        INDArray used = mask == null ? weights : weights.mul(mask);
        INDArray attended = AttentionMath.bmm(used, heads3(v), false, false).reshape('c', batch, heads, tq, valueDim);
        INDArray attendedRows = rowsOf(attended);
        INDArray outKernel = kernels[3].reshape('c', heads * valueDim, kernels[3].size(2));
        INDArray out = Nd4j.gemm(attendedRows, outKernel, false, false);
        if (biases[3] != null) {
            out.addiRowVector(biases[3]);
        }
        long[][] shapes = new long[inputs.size()][];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = inputs.get(i).shape();
        }
        return Forward.of(out.reshape('c', batch, tq, outKernel.size(1)), new Saved(rows, new INDArray[] {q, k, v},
                weights, mask, attendedRows, shapes, inputs.size()));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved s = (Saved) forward.saved();
        INDArray q = s.heads()[0];
        INDArray k = s.heads()[1];
        INDArray v = s.heads()[2];
        long batch = q.size(0);
        long tq = q.size(2);
        long tv = k.size(2);
        INDArray outKernel = kernels[3].reshape('c', heads * valueDim, kernels[3].size(2));
        INDArray g = outputGradients.get(0).dup('c').reshape('c', batch * tq, outKernel.size(1));
        int step = biases[0] != null ? 2 : 1;
        if (weightGradients != null) {
            weightGradients.add(3 * step, Nd4j.gemm(s.attended(), g, true, false).reshape(kernels[3].shape()));
            if (biases[3] != null) {
                weightGradients.add(3 * step + 1, g.sum(0));
            }
        }
        INDArray dAttended = Nd4j.gemm(g, outKernel, false, true).reshape('c', batch, tq, heads, valueDim)
                .permute(0, 2, 1, 3).dup('c');
        INDArray used = s.dropoutMask() == null ? s.weights() : s.weights().mul(s.dropoutMask());
        INDArray dV = AttentionMath.bmm(used, heads3(dAttended), true, false);
        INDArray dUsed = AttentionMath.bmm(heads3(dAttended), heads3(v), false, true);
        INDArray dWeights = s.dropoutMask() == null ? dUsed : dUsed.mul(s.dropoutMask());
        INDArray dScores = AttentionMath.softmaxBackward(s.weights(), dWeights);
        // q was scaled by 1/√key_dim after its projection.
        INDArray dQ = AttentionMath.bmm(dScores, heads3(k), false, false).muli(1.0 / Math.sqrt(keyDim));
        INDArray dK = AttentionMath.bmm(dScores, heads3(q), true, false);
        INDArray[] dHeads = {
            rowsOf(dQ.reshape('c', batch, heads, tq, keyDim)),
            rowsOf(dK.reshape('c', batch, heads, tv, keyDim)),
            rowsOf(dV.reshape('c', batch, heads, tv, valueDim))};
        INDArray[] dInputs = new INDArray[3];
        for (int p = 0; p < 3; p++) {
            INDArray kernel = kernels[p].reshape('c', kernels[p].size(0), dHeads[p].size(1));
            if (weightGradients != null) {
                weightGradients.add(p * step, Nd4j.gemm(s.rows()[p], dHeads[p], true, false)
                        .reshape(kernels[p].shape()));
                if (biases[p] != null) {
                    weightGradients.add(p * step + 1, dHeads[p].sum(0).reshape(biases[p].shape()));
                }
            }
            if (inputGradientsNeeded) {
                dInputs[p] = Nd4j.gemm(dHeads[p], kernel, false, true);
            }
        }
        List<INDArray> result = new ArrayList<>();
        if (!inputGradientsNeeded) {
            for (int i = 0; i < s.inputCount(); i++) {
                result.add(null);
            }
            return result;
        }
        result.add(dInputs[0].reshape('c', s.inputShapes()[0]));
        INDArray dValue = dInputs[2].reshape('c', s.inputShapes()[1]);
        INDArray dKey = dInputs[1].reshape('c', s.inputShapes()[s.inputCount() > 2 ? 2 : 1]);
        if (s.inputCount() > 2) {
            result.add(dValue);
            result.add(dKey);
        } else {
            result.add(dValue.add(dKey));
        }
        return result;
    }
}
