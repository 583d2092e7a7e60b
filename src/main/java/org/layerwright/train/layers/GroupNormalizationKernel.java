package org.layerwright.train.layers;

import java.util.List;
import org.layerwright.core.layers.normalization.GroupNormalization;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * GroupNormalization (channels last): the channels are split into {@code groups} consecutive groups, and each
 * sample's group is standardised over its channels and every spatial cell; then {@code · gamma + beta} per channel.
 */
final class GroupNormalizationKernel extends SingleInputKernel {
    private final int groups;
    private final double epsilon;
    private final INDArray gamma;
    private final INDArray beta;
    private final int betaIndex;

    GroupNormalizationKernel(GroupNormalization layer) {
        List<INDArray> weights = layer.getWeights();
        this.groups = layer.groups();
        this.epsilon = layer.epsilon();
        this.gamma = layer.scale() ? weights.get(0) : null;
        this.betaIndex = layer.scale() ? 1 : 0;
        this.beta = layer.center() ? weights.get(betaIndex) : null;
    }

    /** (N, cells..., C) → (N, cells, G, C/G) → (N, G, cells, C/G) → rows of one sample's group. */
    private INDArray toGroupRows(INDArray x) {
        long n = x.size(0);
        long channels = x.size(x.rank() - 1);
        INDArray split = x.reshape('c', n, -1, groups, channels / groups);
        return split.permute(0, 2, 1, 3).dup('c').reshape('c', n * groups, -1);
    }

    private INDArray fromGroupRows(INDArray rows, long[] shape) {
        long channels = shape[shape.length - 1];
        INDArray split = rows.reshape('c', shape[0], groups, -1, channels / groups);
        return split.permute(0, 2, 1, 3).dup('c').reshape('c', shape);
    }

    private record Saved(RowMoments.Normalized normalized, INDArray xhat) {
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        RowMoments.Normalized normalized = RowMoments.normalize(toGroupRows(input), epsilon);
        INDArray xhat = ChannelsLast.rows(fromGroupRows(normalized.values(), input.shape()));
        INDArray out = xhat;
        if (gamma != null) {
            out = out.mulRowVector(gamma);
        }
        if (beta != null) {
            out = out.addRowVector(beta);
        }
        return Forward.of(out.reshape('c', input.shape()), new Saved(normalized, xhat));
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        Saved saved = (Saved) forward.saved();
        INDArray dy = ChannelsLast.rows(outputGradient);
        if (weightGradients != null) {
            if (gamma != null) {
                weightGradients.add(0, dy.mul(saved.xhat()).sum(0));
            }
            if (beta != null) {
                weightGradients.add(betaIndex, dy.sum(0));
            }
        }
        INDArray dxhat = (gamma == null ? dy : dy.mulRowVector(gamma)).reshape('c', outputGradient.shape());
        INDArray dx = RowMoments.backward(saved.normalized(), toGroupRows(dxhat));
        return fromGroupRows(dx, outputGradient.shape());
    }
}
