package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Attention and AdditiveAttention on {@code [query (batch, Tq, dim), value (batch, Tv, dim), key]} (the key defaults
 * to the value). Scores: dot product {@code q · kᵀ} (times the scalar {@code scale} with use_scale), or additive
 * {@code Σ_d scale_d · tanh(q_d + k_d)} (no scale without use_scale); then Keras's causal mask, a softmax over the
 * keys, dropout of the weights in training, and the weighted sum of the values.
 */
final class DenseAttentionKernel implements LayerKernel {
    private final boolean additive;
    private final INDArray scale;
    private final boolean causal;
    private final double dropout;

    /** {@code scale}: the layer's scale weight, or null without use_scale. */
    DenseAttentionKernel(boolean additive, INDArray scale, boolean causal, double dropout) {
        this.additive = additive;
        this.scale = scale;
        this.causal = causal;
        this.dropout = dropout;
    }

    private record Saved(INDArray query, INDArray key, INDArray value, INDArray rawScores, INDArray tanh,
            INDArray weights, INDArray dropoutMask, int inputCount) {
    }

    @Override
    public Forward forward(List<INDArray> inputs, boolean training) {
        INDArray query = inputs.get(0).dup('c');
        INDArray value = inputs.get(1).dup('c');
        INDArray key = inputs.size() > 2 ? inputs.get(2).dup('c') : value;
        INDArray raw;
        INDArray tanh = null;
        if (additive) {
            tanh = pairwiseTanh(query, key);
            INDArray scaled = scale == null ? tanh : alongLastAxis(tanh, scale);
            raw = scaled.sum(3);
        } else {
            raw = AttentionMath.bmm(query, key, false, true);
        }
        INDArray scores = !additive && scale != null ? raw.mul(scale.getDouble(0)) : raw;
        if (causal) {
            scores = AttentionMath.causal(scores);
        }
        INDArray weights = AttentionMath.softmax(scores.dup('c'));
        INDArray mask = training && dropout > 0.0 ? AttentionMath.dropoutMask(weights, dropout) : null;
        INDArray used = mask == null ? weights : weights.mul(mask);
        INDArray out = AttentionMath.bmm(used, value, false, false);
        return Forward.of(out, new Saved(query, key, value, raw, tanh, weights, mask, inputs.size()));
    }

    /** tanh(q_i + k_j) for every query step i and key step j: (batch, Tq, Tv, dim). */
    private static INDArray pairwiseTanh(INDArray query, INDArray key) {
        long batch = query.size(0);
        long tq = query.size(1);
        long tv = key.size(1);
        long dim = query.size(2);
        INDArray sum = Nd4j.createUninitialized(query.dataType(), batch, tq, tv, dim);
        for (long b = 0; b < batch; b++) {
            for (long i = 0; i < tq; i++) {
                sum.slice(b).slice(i).assign(key.slice(b).addRowVector(query.slice(b).slice(i).reshape(1, dim)));
            }
        }
        return Transforms.tanh(sum, false);
    }

    /** {@code x · vector} with the vector along the last axis of the rank-4 {@code x}. */
    private static INDArray alongLastAxis(INDArray x, INDArray vector) {
        return x.mul(vector.reshape(1, 1, 1, vector.length()).broadcast(x.shape()));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved s = (Saved) forward.saved();
        INDArray g = outputGradients.get(0).dup('c');
        INDArray used = s.dropoutMask() == null ? s.weights() : s.weights().mul(s.dropoutMask());
        INDArray dValue = AttentionMath.bmm(used, g, true, false);
        INDArray dUsed = AttentionMath.bmm(g, s.value(), false, true);
        INDArray dWeights = s.dropoutMask() == null ? dUsed : dUsed.mul(s.dropoutMask());
        INDArray dScores = AttentionMath.softmaxBackward(s.weights(), dWeights);
        INDArray dQuery;
        INDArray dKey;
        if (additive) {
            long dim = s.query().size(2);
            INDArray dScaled = Nd4j.createUninitialized(s.tanh().dataType(), s.tanh().shape());
            for (long d = 0; d < dim; d++) {
                dScaled.slice(d, 3).assign(dScores);
            }
            if (scale != null && weightGradients != null) {
                weightGradients.add(0, dScaled.mul(s.tanh()).sum(0, 1, 2));
            }
            INDArray dTanh = scale == null ? dScaled : alongLastAxis(dScaled, scale);
            INDArray dPre = dTanh.muli(s.tanh().mul(s.tanh()).rsubi(1.0));
            dQuery = dPre.sum(2);
            dKey = dPre.sum(1);
        } else {
            double factor = scale == null ? 1.0 : scale.getDouble(0);
            if (scale != null && weightGradients != null) {
                weightGradients.add(0, Nd4j.scalar(scale.dataType(), dScores.mul(s.rawScores()).sumNumber()
                        .doubleValue()));
            }
            INDArray d = factor == 1.0 ? dScores : dScores.mul(factor);
            dQuery = AttentionMath.bmm(d, s.key(), false, false);
            dKey = AttentionMath.bmm(d, s.query(), true, false);
        }
        List<INDArray> result = new ArrayList<>(List.of(dQuery));
        if (s.inputCount() > 2) {
            result.add(dValue);
            result.add(dKey);
        } else {
            result.add(dValue.addi(dKey));
        }
        return result;
    }
}
