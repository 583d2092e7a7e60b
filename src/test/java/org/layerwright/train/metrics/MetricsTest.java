package org.layerwright.train.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.layerwright.core.Shape;
import org.layerwright.train.losses.Losses;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Metric values, and "accuracy" resolved as Keras resolves it. */
class MetricsTest {
    private static final INDArray PREDICTIONS = Nd4j.createFromArray(new double[][] {
        {0.1, 0.7, 0.2}, {0.6, 0.3, 0.1}, {0.2, 0.3, 0.5}, {0.4, 0.35, 0.25}});

    private static double value(Metric metric, INDArray y, INDArray p) {
        metric.update(y, p);
        return metric.result();
    }

    @Test
    void accuracyFollowsTheLossAndTheOutputShape() {
        INDArray sparse = Nd4j.createFromArray(1.0, 0.0, 1.0, 2.0);
        Metric fromSparseLoss = Metrics.get("accuracy", Losses.get("sparse_categorical_crossentropy"),
                Shape.of(null, 3));
        assertEquals("accuracy", fromSparseLoss.name());
        assertEquals(0.5, value(fromSparseLoss, sparse, PREDICTIONS), 1e-12);
        INDArray oneHot = Nd4j.createFromArray(new double[][] {{0, 1, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertEquals(0.5, value(Metrics.get("acc", Losses.get("categorical_crossentropy"), Shape.of(null, 3)),
                oneHot, PREDICTIONS), 1e-12);
        INDArray binary = Nd4j.createFromArray(new double[][] {{1}, {0}, {1}});
        INDArray scores = Nd4j.createFromArray(new double[][] {{0.8}, {0.7}, {0.6}});
        assertEquals(2.0 / 3, value(Metrics.get("accuracy", Losses.get("mse"), Shape.of(null, 1)), binary, scores),
                1e-12);
    }

    @Test
    void topKAndRegressionMetrics() {
        INDArray sparse = Nd4j.createFromArray(2.0, 2.0, 0.0, 2.0);
        Metric top = Metrics.get("sparse_top_k_categorical_accuracy", null, Shape.of(null, 3));
        assertEquals(1.0, value(top, sparse, PREDICTIONS), 1e-12);
        INDArray y = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}});
        INDArray p = Nd4j.createFromArray(new double[][] {{1, 3}, {5, 4}});
        assertEquals(0.75, value(Metrics.get("mae", null, Shape.of(null, 2)), y, p), 1e-12);
        assertEquals(1.25, value(Metrics.get("mse", null, Shape.of(null, 2)), y, p), 1e-12);
    }

    @Test
    void precisionRecallAndAuc() {
        INDArray y = Nd4j.createFromArray(new double[][] {{1}, {1}, {0}, {0}, {1}});
        INDArray p = Nd4j.createFromArray(new double[][] {{0.9}, {0.4}, {0.6}, {0.1}, {0.8}});
        assertEquals(2.0 / 3, value(Metrics.get("precision", null, Shape.of(null, 1)), y, p), 1e-12);
        assertEquals(2.0 / 3, value(Metrics.get("recall", null, Shape.of(null, 1)), y, p), 1e-12);
        // Exact ROC AUC is 5/6 (5 of 6 positive-negative pairs ordered right); 200 thresholds get within 1e-2.
        assertEquals(5.0 / 6, value(Metrics.get("AUC", null, Shape.of(null, 1)), y, p), 1e-2);
        INDArray perfect = Nd4j.createFromArray(new double[][] {{0.9}, {0.8}, {0.2}, {0.1}, {0.7}});
        assertEquals(1.0, value(Metrics.get("auc", null, Shape.of(null, 1)), y, perfect), 1e-9);
    }
}
