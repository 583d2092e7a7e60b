package org.layerwright.train.losses;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * categorical_crossentropy and sparse_categorical_crossentropy over the last axis. From probabilities it normalises
 * them to sum 1 and clips them to [1e-7, 1 − 1e-7], as Keras; from logits it uses a stable log-softmax. Sparse labels
 * are class indices of shape (batch) or (batch, 1).
 */
final class CrossEntropy extends Loss {
    private final boolean sparse;
    private final boolean fromLogits;

    CrossEntropy(boolean sparse, boolean fromLogits) {
        this.sparse = sparse;
        this.fromLogits = fromLogits;
    }

    @Override
    public String name() {
        return sparse ? "sparse_categorical_crossentropy" : "categorical_crossentropy";
    }

    private INDArray oneHot(INDArray yTrue, INDArray yPred) {
        if (!sparse) {
            return like(yTrue, yPred);
        }
        long classes = yPred.size(yPred.rank() - 1);
        long[] labels = yTrue.reshape(-1).toLongVector();
        INDArray rows = Nd4j.zeros(yPred.dataType(), labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("Received a label value of " + labels[i] + " which is outside the"
                        + " valid range of [0, " + classes + "). Labels must be class indices below the number of"
                        + " outputs.");
            }
            rows.putScalar(i, labels[i], 1.0);
        }
        return rows.reshape('c', yPred.shape());
    }

    private static INDArray rows(INDArray a) {
        return a.reshape('c', -1, a.size(a.rank() - 1));
    }

    @Override
    protected INDArray perSample(INDArray yTrue, INDArray yPred) {
        INDArray y = rows(oneHot(yTrue, yPred));
        INDArray p = rows(yPred);
        INDArray logP;
        if (fromLogits) {
            INDArray shifted = p.subColumnVector(p.max(1).reshape(-1, 1));
            INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(1), false).reshape(-1, 1);
            logP = shifted.subiColumnVector(logSum);
        } else {
            INDArray normalized = p.divColumnVector(p.sum(1).reshape(-1, 1));
            logP = Transforms.log(Transforms.min(Transforms.max(normalized, EPSILON, false), 1.0 - EPSILON, false),
                    false);
        }
        return perSampleMean(y.mul(logP).sum(1).negi(), yPred);
    }

    @Override
    protected INDArray perSampleGradient(INDArray yTrue, INDArray yPred) {
        INDArray y = rows(oneHot(yTrue, yPred));
        INDArray p = rows(yPred);
        INDArray gradient;
        INDArray ySum = y.sum(1).reshape(-1, 1);
        if (fromLogits) {
            INDArray shifted = p.subColumnVector(p.max(1).reshape(-1, 1));
            INDArray e = Transforms.exp(shifted, false);
            INDArray softmax = e.diviColumnVector(e.sum(1).reshape(-1, 1));
            gradient = softmax.muliColumnVector(ySum).subi(y);
        } else {
            INDArray total = p.sum(1).reshape(-1, 1);
            INDArray q = p.divColumnVector(total);
            INDArray inside = Transforms.step(q.sub(EPSILON), false).muli(Transforms.step(q.rsub(1.0 - EPSILON),
                    false));
            INDArray clipped = Transforms.min(Transforms.max(q, EPSILON, false), 1.0 - EPSILON, false);
            INDArray dq = y.div(clipped).muli(inside).negi();
            // q = p / Σp, so dL/dp_j = (dL/dq_j − Σ_k dL/dq_k · q_k) / Σp.
            INDArray dot = dq.mul(q).sum(1).reshape(-1, 1);
            gradient = dq.subiColumnVector(dot).diviColumnVector(total);
        }
        long perSample = rows(yPred).size(0) / yPred.size(0);
        return gradient.divi(perSample).reshape('c', yPred.shape());
    }

    /** Sequence outputs (batch, time, classes): Keras averages the per-step losses of each sample. */
    private static INDArray perSampleMean(INDArray perRow, INDArray yPred) {
        long batch = yPred.size(0);
        return perRow.length() == batch ? perRow : perRow.reshape('c', batch, -1).mean(1);
    }
}
