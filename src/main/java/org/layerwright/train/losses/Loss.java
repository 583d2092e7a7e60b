package org.layerwright.train.losses;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A Keras loss with Keras's default reduction ("sum_over_batch_size"): the per-sample losses, each multiplied by its
 * sample weight, summed and divided by the batch size.
 */
public abstract class Loss {
    /** Keras's fuzz factor, used to clip probabilities away from 0 and 1. */
    public static final double EPSILON = 1e-7;

    /** The value and the gradient with respect to the predictions for one batch. */
    public record Result(double value, INDArray gradient) {
    }

    /** Keras's name for this loss, as {@code compile(loss=...)} takes it. */
    public abstract String name();

    /** The loss of each sample: shape (batch). */
    protected abstract INDArray perSample(INDArray yTrue, INDArray yPred);

    /** d perSample[i] / d yPred, shaped like yPred. */
    protected abstract INDArray perSampleGradient(INDArray yTrue, INDArray yPred);

    /** The batch loss and its gradient; {@code sampleWeight} (batch) may be null. */
    public Result compute(INDArray yTrue, INDArray yPred, INDArray sampleWeight) {
        INDArray losses = perSample(yTrue, yPred);
        long batch = yPred.size(0);
        INDArray gradient = perSampleGradient(yTrue, yPred);
        double value;
        if (sampleWeight == null) {
            value = losses.sumNumber().doubleValue() / batch;
            gradient.divi(batch);
        } else {
            INDArray w = sampleWeight.castTo(losses.dataType()).reshape(-1);
            value = losses.mul(w).sumNumber().doubleValue() / batch;
            INDArray rows = gradient.reshape('c', batch, -1);
            rows.muliColumnVector(w.reshape(-1, 1).castTo(gradient.dataType()).div(batch));
            gradient = rows.reshape('c', yPred.shape());
        }
        return new Result(value, gradient);
    }

    /** The batch loss without the gradient, for evaluation. */
    public double value(INDArray yTrue, INDArray yPred) {
        return perSample(yTrue, yPred).sumNumber().doubleValue() / yPred.size(0);
    }

    /** Per-sample mean over the last axis of an element-wise loss, as Keras's mse/mae/... (shape (batch)). */
    protected static INDArray meanOverLastAxis(INDArray elementLoss) {
        if (elementLoss.rank() == 1) {
            return elementLoss;
        }
        // Keras averages over the last axis, and the batch reduction then averages any other axes too: together, the
        // mean of each sample's values.
        return elementLoss.reshape('c', elementLoss.size(0), -1).mean(1);
    }

    /** The gradient of {@link #meanOverLastAxis} applied to an element-wise gradient. */
    protected static INDArray meanOverLastAxisGradient(INDArray elementGradient) {
        if (elementGradient.rank() == 1) {
            return elementGradient;
        }
        long perSample = elementGradient.length() / elementGradient.size(0);
        return elementGradient.divi(perSample);
    }

    /** yTrue with yPred's shape (labels of shape (batch) become (batch, 1) for a (batch, 1) prediction). */
    protected static INDArray like(INDArray yTrue, INDArray yPred) {
        INDArray y = yTrue.dataType() == yPred.dataType() ? yTrue : yTrue.castTo(yPred.dataType());
        return java.util.Arrays.equals(y.shape(), yPred.shape()) ? y : y.reshape('c', yPred.shape());
    }
}
