package org.layerwright.train.layers;

import java.util.List;
import org.layerwright.core.layers.normalization.LayerNormalization;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * LayerNormalization: each sample standardised over the layer's axes with its own mean and biased variance, then
 * {@code · gamma + beta} (shaped as those axes), as Keras.
 */
final class LayerNormalizationKernel extends SingleInputKernel {
    private final AxisRows rows;
    private final double epsilon;
    private final INDArray gamma;
    private final INDArray beta;
    private final int betaIndex;
    private final long[] paramShape;

    LayerNormalizationKernel(LayerNormalization layer, int rank) {
        List<INDArray> weights = layer.getWeights();
        this.rows = new AxisRows(rank, layer.axes());
        this.epsilon = layer.epsilon();
        this.paramShape = weights.isEmpty() ? null : weights.get(0).shape();
        this.gamma = layer.scale() ? weights.get(0).reshape(1, -1) : null;
        this.betaIndex = layer.scale() ? 1 : 0;
        this.beta = layer.center() ? weights.get(betaIndex).reshape(1, -1) : null;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        RowMoments.Normalized normalized = RowMoments.normalize(rows.toRows(input), epsilon);
        INDArray out = normalized.values();
        if (gamma != null) {
            out = out.mulRowVector(gamma);
        }
        if (beta != null) {
            out = out.addRowVector(beta);
        }
        return Forward.of(rows.fromRows(out, input.shape()), normalized);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        RowMoments.Normalized normalized = (RowMoments.Normalized) forward.saved();
        INDArray dy = rows.toRows(outputGradient);
        if (weightGradients != null) {
            if (gamma != null) {
                weightGradients.add(0, dy.mul(normalized.values()).sum(0).reshape(paramShape));
            }
            if (beta != null) {
                weightGradients.add(betaIndex, dy.sum(0).reshape(paramShape));
            }
        }
        INDArray dxhat = gamma == null ? dy : dy.mulRowVector(gamma);
        return rows.fromRows(RowMoments.backward(normalized, dxhat), outputGradient.shape());
    }
}
