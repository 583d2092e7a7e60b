package org.layerwright.train.layers;

import java.util.List;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * BatchNormalization over the last axis, as Keras: in training it normalises with the batch mean and biased batch
 * variance and moves {@code moving = moving·momentum + batch·(1 − momentum)}; at inference it uses the moving
 * statistics (also while fitting when the layer is frozen, as Keras). For 4-D inputs Keras uses TensorFlow's fused
 * kernel, which moves the variance with the unbiased batch
 * variance (× m / (m − 1)); this kernel does the same, so the moving statistics match Keras's.
 */
final class BatchNormalizationKernel extends SingleInputKernel {
    private final INDArray gamma;
    private final INDArray beta;
    private final INDArray movingMean;
    private final INDArray movingVariance;
    private final int gammaIndex;
    private final int betaIndex;
    private final double momentum;
    private final double epsilon;
    private final boolean frozen;

    BatchNormalizationKernel(BatchNormalization layer) {
        List<INDArray> weights = layer.getWeights();
        List<WeightSpec> specs = layer.weightSpecs();
        int g = -1;
        int b = -1;
        int mm = -1;
        int mv = -1;
        for (int i = 0; i < specs.size(); i++) {
            switch (specs.get(i).path()) {
                case "gamma" -> g = i;
                case "beta" -> b = i;
                case "moving_mean" -> mm = i;
                default -> mv = i;
            }
        }
        this.gammaIndex = g;
        this.betaIndex = b;
        this.gamma = g < 0 ? null : weights.get(g);
        this.beta = b < 0 ? null : weights.get(b);
        this.movingMean = weights.get(mm);
        this.movingVariance = weights.get(mv);
        this.momentum = layer.momentum();
        this.epsilon = layer.epsilon();
        // Keras: a BatchNormalization layer with trainable=False runs in inference mode, even while fitting.
        this.frozen = !layer.trainable();
    }

    private record Saved(INDArray normalized, INDArray inverseStd, long[] shape) {
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        long channels = input.size(input.rank() - 1);
        INDArray rows = input.reshape('c', -1, channels);
        INDArray mean;
        INDArray variance;
        if (training && !frozen) {
            mean = rows.mean(0);
            INDArray centred = rows.subRowVector(mean);
            variance = centred.mul(centred).mean(0);
            double count = rows.size(0);
            double unbiased = input.rank() == 4 && count > 1 ? count / (count - 1) : 1.0;
            // mul, not muli: castTo returns the same array when the types already match.
            movingMean.muli(momentum).addi(mean.mul(1.0 - momentum).castTo(movingMean.dataType()));
            movingVariance.muli(momentum).addi(variance.mul((1.0 - momentum) * unbiased)
                    .castTo(movingVariance.dataType()));
        } else {
            mean = movingMean.castTo(input.dataType());
            variance = movingVariance.castTo(input.dataType());
        }
        INDArray inverseStd = Transforms.pow(variance.add(epsilon), -0.5, false);
        INDArray normalized = rows.subRowVector(mean).muliRowVector(inverseStd);
        INDArray out = normalized;
        if (gamma != null) {
            out = out.mulRowVector(gamma);
        }
        if (beta != null) {
            out = out == normalized ? out.addRowVector(beta) : out.addiRowVector(beta);
        }
        return Forward.of(out.reshape('c', input.shape()), new Saved(normalized, inverseStd, input.shape()));
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        Saved saved = (Saved) forward.saved();
        INDArray xhat = saved.normalized();
        INDArray dy = outputGradient.reshape('c', xhat.shape());
        if (weightGradients != null) {
            if (gamma != null) {
                weightGradients.add(gammaIndex, dy.mul(xhat).sum(0));
            }
            if (beta != null) {
                weightGradients.add(betaIndex, dy.sum(0));
            }
        }
        INDArray dxhat = gamma == null ? dy : dy.mulRowVector(gamma);
        double m = xhat.size(0);
        // dx = invStd / m · (m·dxhat − Σdxhat − xhat·Σ(dxhat·xhat))
        INDArray sumDxhat = dxhat.sum(0);
        INDArray sumDxhatXhat = dxhat.mul(xhat).sum(0);
        INDArray dx = dxhat.mul(m).subiRowVector(sumDxhat).subi(xhat.mulRowVector(sumDxhatXhat))
                .muliRowVector(saved.inverseStd().div(m));
        return dx.reshape('c', saved.shape());
    }
}
