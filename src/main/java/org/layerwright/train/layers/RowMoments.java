package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Standardising each row of a matrix with its own mean and biased variance, {@code (x − mean) / sqrt(var + eps)},
 * and the gradient of that through the row's statistics. LayerNormalization and GroupNormalization use it.
 */
final class RowMoments {
    private RowMoments() {
    }

    /** The standardised rows and each row's 1 / sqrt(var + eps) (a column). */
    record Normalized(INDArray values, INDArray inverseStd) {
    }

    static Normalized normalize(INDArray rows, double epsilon) {
        INDArray centred = rows.subColumnVector(rows.mean(true, 1));
        INDArray variance = centred.mul(centred).mean(true, 1);
        INDArray inverseStd = Transforms.pow(variance.addi(epsilon), -0.5, false);
        return new Normalized(centred.muliColumnVector(inverseStd), inverseStd);
    }

    /** d loss / d rows from d loss / d standardised rows. */
    static INDArray backward(Normalized normalized, INDArray gradient) {
        INDArray xhat = normalized.values();
        double k = xhat.size(1);
        INDArray sumGradient = gradient.sum(true, 1);
        INDArray sumGradientXhat = gradient.mul(xhat).sum(true, 1);
        // dx = invStd / k · (k·g − Σg − xhat·Σ(g·xhat)), per row
        return gradient.mul(k).subiColumnVector(sumGradient).subi(xhat.mulColumnVector(sumGradientXhat))
                .muliColumnVector(normalized.inverseStd().div(k));
    }
}
