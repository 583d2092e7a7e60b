package org.layerwright.train.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Each loss's value against Keras's formula, and its gradient against central differences. */
class LossTest {
    private static final double[][] PROBABILITIES = {{0.2, 0.7, 0.1}, {0.5, 0.25, 0.25}};
    private static final double[][] ONE_HOT = {{0, 1, 0}, {0, 0, 1}};

    private static INDArray probabilities() {
        return Nd4j.createFromArray(PROBABILITIES);
    }

    @Test
    void crossEntropiesMatchKerasValues() {
        double expected = -(Math.log(0.7) + Math.log(0.25)) / 2;
        assertEquals(expected, Losses.get("categorical_crossentropy").value(Nd4j.createFromArray(ONE_HOT),
                probabilities()), 1e-9);
        assertEquals(expected, Losses.get("sparse_categorical_crossentropy").value(Nd4j.createFromArray(1.0, 2.0),
                probabilities()), 1e-9);
        INDArray logits = Nd4j.createFromArray(new double[][] {{1.0, 2.0, 0.5}});
        double logSum = Math.log(Math.exp(1.0) + Math.exp(2.0) + Math.exp(0.5));
        assertEquals(logSum - 2.0, Losses.sparseCategoricalCrossentropy(true).value(Nd4j.createFromArray(1.0),
                logits), 1e-9);
        double bce = -(Math.log(0.7 + 1e-7) + Math.log(1 - 0.2 + 1e-7) + Math.log(1 - 0.1 + 1e-7)) / 3;
        assertEquals(bce, Losses.get("binary_crossentropy").value(Nd4j.createFromArray(new double[][] {{0, 1, 0}}),
                Nd4j.createFromArray(new double[][] {{0.2, 0.7, 0.1}})), 1e-6);
    }

    @Test
    void regressionLossesMatchKerasValues() {
        INDArray y = Nd4j.createFromArray(new double[][] {{1.0, -2.0}});
        INDArray p = Nd4j.createFromArray(new double[][] {{0.5, 1.0}});
        assertEquals((0.25 + 9) / 2, Losses.get("mse").value(y, p), 1e-9);
        assertEquals((0.5 + 3) / 2, Losses.get("mae").value(y, p), 1e-9);
        assertEquals((0.5 * 0.25 + (3 - 0.5)) / 2, Losses.get("huber").value(y, p), 1e-9);
        INDArray labels = Nd4j.createFromArray(new double[][] {{1.0, 0.0}});
        assertEquals((0.5 + 2.0) / 2, Losses.get("hinge").value(labels, p), 1e-9);
        double kl = 0.3 * Math.log(0.3 / 0.5) + 0.7 * Math.log(0.7 / 0.5);
        assertEquals(kl, Losses.get("kl_divergence").value(Nd4j.createFromArray(new double[][] {{0.3, 0.7}}),
                Nd4j.createFromArray(new double[][] {{0.5, 0.5}})), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"categorical_crossentropy", "binary_crossentropy", "mse", "mae", "huber", "hinge",
        "kl_divergence"})
    void gradientMatchesCentralDifferences(String name) {
        Loss loss = Losses.get(name);
        INDArray y = Nd4j.createFromArray(new double[][] {{0.1, 0.6, 0.3}, {0.0, 1.0, 0.0}});
        INDArray p = probabilities();
        INDArray gradient = loss.compute(y, p, Nd4j.createFromArray(1.0, 2.0)).gradient();
        INDArray weights = Nd4j.createFromArray(1.0, 2.0);
        for (int i = 0; i < p.length(); i++) {
            double original = p.getDouble(i);
            p.putScalar(i, original + 1e-6);
            double plus = loss.compute(y, p, weights).value();
            p.putScalar(i, original - 1e-6);
            double minus = loss.compute(y, p, weights).value();
            p.putScalar(i, original);
            double numeric = (plus - minus) / 2e-6;
            assertEquals(numeric, gradient.getDouble(i), 1e-5, name + " element " + i);
        }
    }

    @Test
    void logitGradientsMatchCentralDifferences() {
        for (Loss loss : new Loss[] {Losses.categoricalCrossentropy(true), Losses.binaryCrossentropy(true)}) {
            INDArray y = Nd4j.createFromArray(new double[][] {{0.0, 1.0, 0.0}});
            INDArray z = Nd4j.createFromArray(new double[][] {{1.5, -0.5, 0.2}});
            INDArray gradient = loss.compute(y, z, null).gradient();
            for (int i = 0; i < 3; i++) {
                double original = z.getDouble(i);
                z.putScalar(i, original + 1e-6);
                double plus = loss.value(y, z);
                z.putScalar(i, original - 1e-6);
                double minus = loss.value(y, z);
                z.putScalar(i, original);
                assertEquals((plus - minus) / 2e-6, gradient.getDouble(i), 1e-6);
            }
        }
        assertTrue(Losses.get("kld").name().equals("kl_divergence"));
    }
}
