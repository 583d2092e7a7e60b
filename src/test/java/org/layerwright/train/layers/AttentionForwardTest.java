package org.layerwright.train.layers;

import static org.layerwright.train.layers.ForwardSupport.TOLERANCE;
import static org.layerwright.train.layers.ForwardSupport.plain;
import static org.layerwright.train.layers.ForwardSupport.weights;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layerwright.train.layers.KernelHarness.random;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.layers.attention.AdditiveAttention;
import org.layerwright.core.layers.attention.Attention;
import org.layerwright.core.layers.attention.MultiHeadAttention;
import org.layerwright.train.GraphExecutor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The attention layers' forward pass in float32 against plain Java loops in double, to 1e-5. */
class AttentionForwardTest {
    private static final int B = 2;
    private static final int TQ = 3;
    private static final int TV = 4;
    private static final int D = 3;

    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    private static void assertClose(double[] expected, INDArray actual) {
        double[] a = plain(actual);
        assertEquals(expected.length, a.length, "number of values");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], a[i], TOLERANCE, "value " + i);
        }
    }

    /** softmax(scores) · value for one query, with keys after {@code lastKey} excluded. */
    private static double[] attend(double[] scores, double[][] values, int lastKey) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= lastKey; j++) {
            max = Math.max(max, scores[j]);
        }
        double sum = 0;
        double[] w = new double[scores.length];
        for (int j = 0; j <= lastKey; j++) {
            w[j] = Math.exp(scores[j] - max);
            sum += w[j];
        }
        double[] out = new double[values[0].length];
        for (int j = 0; j <= lastKey; j++) {
            for (int d = 0; d < out.length; d++) {
                out[d] += w[j] / sum * values[j][d];
            }
        }
        return out;
    }

    private static double[][] step(double[] x, int b, int steps, int dim) {
        double[][] out = new double[steps][dim];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(x, (b * steps + t) * dim, out[t], 0, dim);
        }
        return out;
    }

    @Test
    void scaledCausalDotProductAndAdditiveAttention() {
        for (boolean additive : new boolean[] {false, true}) {
            Keras.clearSession();
            Layer layer = additive ? new AdditiveAttention().causal(true) : new Attention().useScale(true).causal(true);
            INDArray q = random(1, B, TQ, D).castTo(DataType.FLOAT);
            INDArray v = random(2, B, TV, D).castTo(DataType.FLOAT);
            KerasTensor qi = Input.of(TQ, D);
            KerasTensor vi = Input.of(TV, D);
            Model model = new Model(List.of(qi, vi), List.of(layer.apply(List.of(qi, vi))));
            double[] scale = weights(layer, 3).get(0);
            double[] expected = new double[B * TQ * D];
            for (int b = 0; b < B; b++) {
                double[][] qs = step(plain(q), b, TQ, D);
                double[][] vs = step(plain(v), b, TV, D);
                for (int i = 0; i < TQ; i++) {
                    double[] scores = new double[TV];
                    for (int j = 0; j < TV; j++) {
                        for (int d = 0; d < D; d++) {
                            scores[j] += additive ? scale[d] * Math.tanh(qs[i][d] + vs[j][d]) : qs[i][d] * vs[j][d];
                        }
                        scores[j] *= additive ? 1 : scale[0];
                    }
                    System.arraycopy(attend(scores, vs, Math.min(i, TV - 1)), 0, expected, (b * TQ + i) * D, D);
                }
            }
            assertClose(expected, new GraphExecutor(model).forward(List.of(q, v), false).get(0));
        }
    }

    /** Keras's einsums: q = x·Wq + bq per head, scores (q / √k)·kᵀ, softmax, ·v, then Σ_heads o·Wo + bo. */
    @Test
    void multiHeadAttentionMatchesALoop() {
        int heads = 2;
        int keyDim = 2;
        int out = 2;
        MultiHeadAttention layer = new MultiHeadAttention(heads, keyDim).outputShape(out);
        KerasTensor qi = Input.of(TQ, D);
        KerasTensor vi = Input.of(TV, D);
        Model model = new Model(List.of(qi, vi), List.of(layer.apply(List.of(qi, vi))));
        List<double[]> w = weights(layer, 5);
        INDArray q = random(6, B, TQ, D).castTo(DataType.FLOAT);
        INDArray v = random(7, B, TV, D).castTo(DataType.FLOAT);
        double[] expected = new double[B * TQ * out];
        for (int b = 0; b < B; b++) {
            double[][] qs = step(plain(q), b, TQ, D);
            double[][] vs = step(plain(v), b, TV, D);
            double[][][] pq = project(qs, w.get(0), w.get(1), heads, keyDim);
            double[][][] pk = project(vs, w.get(2), w.get(3), heads, keyDim);
            double[][][] pv = project(vs, w.get(4), w.get(5), heads, keyDim);
            for (int i = 0; i < TQ; i++) {
                double[] y = java.util.Arrays.copyOf(w.get(7), out);
                for (int h = 0; h < heads; h++) {
                    double[] scores = new double[TV];
                    for (int j = 0; j < TV; j++) {
                        for (int d = 0; d < keyDim; d++) {
                            scores[j] += pq[h][i][d] / Math.sqrt(keyDim) * pk[h][j][d];
                        }
                    }
                    double[] o = attend(scores, pv[h], TV - 1);
                    for (int e = 0; e < out; e++) {
                        for (int d = 0; d < keyDim; d++) {
                            y[e] += o[d] * w.get(6)[(h * keyDim + d) * out + e];
                        }
                    }
                }
                System.arraycopy(y, 0, expected, (b * TQ + i) * out, out);
            }
        }
        assertClose(expected, new GraphExecutor(model).forward(List.of(q, v), false).get(0));
    }

    /** x (steps, dim) · kernel (dim, heads, width) + bias (heads, width), as [head][step][width]. */
    private static double[][][] project(double[][] x, double[] kernel, double[] bias, int heads, int width) {
        double[][][] out = new double[heads][x.length][width];
        for (int h = 0; h < heads; h++) {
            for (int t = 0; t < x.length; t++) {
                for (int d = 0; d < width; d++) {
                    double z = bias[h * width + d];
                    for (int c = 0; c < x[t].length; c++) {
                        z += x[t][c] * kernel[(c * heads + h) * width + d];
                    }
                    out[h][t][d] = z;
                }
            }
        }
        return out;
    }
}
