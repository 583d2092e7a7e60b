package org.layerwright.train.metrics;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Metrics from confusion counts over every element of the predictions: precision and recall at threshold 0.5, and
 * AUC (ROC, 200 thresholds, trapezoidal interpolation), as Keras's defaults.
 */
final class ConfusionMetric implements Metric {
    enum Kind { PRECISION, RECALL, AUC }

    private static final int AUC_THRESHOLDS = 200;
    private static final double EPSILON = 1e-7;

    private final String name;
    private final Kind kind;
    private final double[] thresholds;
    private final double[] truePositives;
    private final double[] falsePositives;
    private final double[] trueNegatives;
    private final double[] falseNegatives;

    ConfusionMetric(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
        if (kind == Kind.AUC) {
            thresholds = new double[AUC_THRESHOLDS];
            for (int i = 1; i < AUC_THRESHOLDS - 1; i++) {
                thresholds[i] = (double) i / (AUC_THRESHOLDS - 1);
            }
            thresholds[0] = -EPSILON;
            thresholds[AUC_THRESHOLDS - 1] = 1.0 + EPSILON;
        } else {
            thresholds = new double[] {0.5};
        }
        truePositives = new double[thresholds.length];
        falsePositives = new double[thresholds.length];
        trueNegatives = new double[thresholds.length];
        falseNegatives = new double[thresholds.length];
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void update(INDArray yTrue, INDArray yPred) {
        double[] y = yTrue.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).reshape(-1).toDoubleVector();
        double[] p = yPred.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).reshape(-1).toDoubleVector();
        if (y.length != p.length) {
            throw new IllegalArgumentException(name + " needs labels shaped like the predictions: " + y.length
                    + " labels for " + p.length + " predictions. Use one-hot labels.");
        }
        for (int i = 0; i < p.length; i++) {
            boolean positive = y[i] > 0.5;
            for (int t = 0; t < thresholds.length; t++) {
                boolean predicted = p[i] > thresholds[t];
                if (positive) {
                    if (predicted) {
                        truePositives[t]++;
                    } else {
                        falseNegatives[t]++;
                    }
                } else if (predicted) {
                    falsePositives[t]++;
                } else {
                    trueNegatives[t]++;
                }
            }
        }
    }

    @Override
    public double result() {
        switch (kind) {
            case PRECISION:
                return ratio(truePositives[0], truePositives[0] + falsePositives[0]);
            case RECALL:
                return ratio(truePositives[0], truePositives[0] + falseNegatives[0]);
            default:
                double area = 0.0;
                for (int t = 0; t < thresholds.length - 1; t++) {
                    double tpr0 = ratio(truePositives[t], truePositives[t] + falseNegatives[t]);
                    double tpr1 = ratio(truePositives[t + 1], truePositives[t + 1] + falseNegatives[t + 1]);
                    double fpr0 = ratio(falsePositives[t], falsePositives[t] + trueNegatives[t]);
                    double fpr1 = ratio(falsePositives[t + 1], falsePositives[t + 1] + trueNegatives[t + 1]);
                    area += (fpr0 - fpr1) * (tpr0 + tpr1) / 2.0;
                }
                return area;
        }
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0.0 ? 0.0 : numerator / denominator;
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(truePositives, 0.0);
        java.util.Arrays.fill(falsePositives, 0.0);
        java.util.Arrays.fill(trueNegatives, 0.0);
        java.util.Arrays.fill(falseNegatives, 0.0);
    }
}
