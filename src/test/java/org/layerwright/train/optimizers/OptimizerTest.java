package org.layerwright.train.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Three steps of each optimizer against Keras's update rule written out element by element. */
class OptimizerTest {
    private static final double[] START = {0.5, -1.0};
    private static final double[][] GRADIENTS = {{0.1, -0.2}, {0.3, 0.05}, {-0.2, 0.4}};

    /** Runs the optimizer for three steps on one weight. */
    private static double[] run(Optimizer optimizer) {
        INDArray w = Nd4j.createFromArray(START.clone());
        for (double[] g : GRADIENTS) {
            optimizer.apply(List.of(w), List.of(Nd4j.createFromArray(g.clone())));
        }
        return w.toDoubleVector();
    }

    /** As {@link #run}, in float32 (the engine's type), where optimizers may take a faster path. */
    private static double[] runFloat(Optimizer optimizer) {
        INDArray w = Nd4j.createFromArray(START.clone()).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        for (double[] g : GRADIENTS) {
            optimizer.apply(List.of(w), List.of(Nd4j.createFromArray(g.clone())
                    .castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)));
        }
        return w.toDoubleVector();
    }

    private static void assertClose(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6, "element " + i);
        }
    }

    @Test
    void sgdPlainMomentumAndNesterov() {
        double lr = 0.1;
        double m = 0.9;
        for (int variant = 0; variant < 3; variant++) {
            double[] w = START.clone();
            double[] v = new double[2];
            for (double[] g : GRADIENTS) {
                for (int i = 0; i < 2; i++) {
                    if (variant == 0) {
                        w[i] -= lr * g[i];
                    } else {
                        v[i] = m * v[i] - lr * g[i];
                        w[i] += variant == 1 ? v[i] : m * v[i] - lr * g[i];
                    }
                }
            }
            assertClose(w, run(new Sgd(lr, variant == 0 ? 0.0 : m, variant == 2)));
        }
    }

    @Test
    void adamAndAdamW() {
        for (double decay : new double[] {0.0, 0.004}) {
            double lr = 0.01;
            double[] w = START.clone();
            double[] m = new double[2];
            double[] v = new double[2];
            int t = 0;
            for (double[] g : GRADIENTS) {
                t++;
                double alpha = lr * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
                for (int i = 0; i < 2; i++) {
                    w[i] -= lr * decay * w[i];
                    m[i] = 0.9 * m[i] + 0.1 * g[i];
                    v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                    w[i] -= alpha * m[i] / (Math.sqrt(v[i]) + 1e-7);
                }
            }
            Optimizer optimizer = decay == 0.0 ? Optimizers.get("adam", lr) : Optimizers.get("adamw", lr);
            assertClose(w, run(optimizer));
            Optimizer inFloat = decay == 0.0 ? Optimizers.get("adam", lr) : Optimizers.get("adamw", lr);
            assertClose(w, runFloat(inFloat));
        }
    }

    @Test
    void rmspropAdagradAdadelta() {
        double lr = 0.01;
        double[] rms = START.clone();
        double[] ada = START.clone();
        double[] delta = START.clone();
        double[] s = new double[2];
        double[] acc = {0.1, 0.1};
        double[] accG = new double[2];
        double[] accD = new double[2];
        for (double[] g : GRADIENTS) {
            for (int i = 0; i < 2; i++) {
                s[i] = 0.9 * s[i] + 0.1 * g[i] * g[i];
                rms[i] -= lr * g[i] / (Math.sqrt(s[i]) + 1e-7);
                acc[i] += g[i] * g[i];
                ada[i] -= lr * g[i] / (Math.sqrt(acc[i]) + 1e-7);
                accG[i] = 0.95 * accG[i] + 0.05 * g[i] * g[i];
                double d = Math.sqrt(accD[i] + 1e-7) / Math.sqrt(accG[i] + 1e-7) * g[i];
                accD[i] = 0.95 * accD[i] + 0.05 * d * d;
                delta[i] -= lr * d;
            }
        }
        assertClose(rms, run(Optimizers.get("rmsprop", lr)));
        assertClose(ada, run(Optimizers.get("adagrad", lr)));
        assertClose(delta, run(Optimizers.get("adadelta", lr)));
    }

    @Test
    void adamaxAndNadam() {
        double lr = 0.01;
        double[] max = START.clone();
        double[] nadam = START.clone();
        double[] m1 = new double[2];
        double[] u = new double[2];
        double[] m2 = new double[2];
        double[] v = new double[2];
        double product = 1.0;
        int t = 0;
        for (double[] g : GRADIENTS) {
            t++;
            double mu = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.004 * t));
            double muNext = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.004 * (t + 1)));
            product *= mu;
            double productNext = product * muNext;
            for (int i = 0; i < 2; i++) {
                m1[i] = 0.9 * m1[i] + 0.1 * g[i];
                u[i] = Math.max(0.999 * u[i], Math.abs(g[i]));
                max[i] -= lr / (1 - Math.pow(0.9, t)) * m1[i] / (u[i] + 1e-7);
                m2[i] = 0.9 * m2[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                double mHat = muNext * m2[i] / (1 - productNext) + (1 - mu) * g[i] / (1 - product);
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                nadam[i] -= lr * mHat / (Math.sqrt(vHat) + 1e-7);
            }
        }
        assertClose(max, run(Optimizers.get("adamax", lr)));
        assertClose(nadam, run(Optimizers.get("nadam", lr)));
    }

    @Test
    void kerasDefaultLearningRates() {
        assertEquals(0.01, Optimizers.get("SGD", null).learningRate());
        assertEquals(0.001, Optimizers.get("Adam", null).learningRate());
        assertEquals("RMSprop", Optimizers.get("rmsprop", null).name());
    }
}
