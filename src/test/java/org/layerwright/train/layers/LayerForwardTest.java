package org.layerwright.train.layers;

import static org.layerwright.train.layers.ForwardSupport.TOLERANCE;
import static org.layerwright.train.layers.ForwardSupport.assertClose;
import static org.layerwright.train.layers.ForwardSupport.input;
import static org.layerwright.train.layers.ForwardSupport.plain;
import static org.layerwright.train.layers.ForwardSupport.run;
import static org.layerwright.train.layers.ForwardSupport.weights;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.layers.activations.LeakyReLU;
import org.layerwright.core.layers.activations.ReLU;
import org.layerwright.core.layers.activations.Softmax;
import org.layerwright.core.layers.convolution.Conv1D;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Embedding;
import org.layerwright.core.layers.merging.Add;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.pooling.AveragePooling2D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling2D;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.regularization.Dropout;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.core.layers.reshaping.Reshape;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Each layer's forward pass in float32 against a straightforward Java loop in double, to 1e-5. */
class LayerForwardTest {

    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    @Test
    void denseMatchesALoop() {
        KerasTensor in = Input.of(5);
        Dense dense = new Dense(3, "tanh");
        Model model = new Model(in, dense.apply(in));
        List<double[]> w = weights(dense, 1);
        INDArray x = input(2, 4, 5);
        double[] xs = plain(x);
        double[] expected = new double[4 * 3];
        for (int n = 0; n < 4; n++) {
            for (int u = 0; u < 3; u++) {
                double z = w.get(1)[u];
                for (int i = 0; i < 5; i++) {
                    z += xs[n * 5 + i] * w.get(0)[i * 3 + u];
                }
                expected[n * 3 + u] = Math.tanh(z);
            }
        }
        assertClose(expected, run(model, false, x));
    }

    /** Conv2D reference: NHWC, kernel (kh, kw, in, out), TensorFlow's SAME padding (extra at the end). */
    private static double[] conv2d(double[] x, int n, int h, int wd, int c, double[] k, double[] b, int kh, int kw,
            int out, int sh, int sw, int dh, int dw, boolean same, int[] outHw) {
        int oh = same ? (h + sh - 1) / sh : (h - (kh - 1) * dh - 1) / sh + 1;
        int ow = same ? (wd + sw - 1) / sw : (wd - (kw - 1) * dw - 1) / sw + 1;
        int padTop = same ? Math.max((oh - 1) * sh + (kh - 1) * dh + 1 - h, 0) / 2 : 0;
        int padLeft = same ? Math.max((ow - 1) * sw + (kw - 1) * dw + 1 - wd, 0) / 2 : 0;
        outHw[0] = oh;
        outHw[1] = ow;
        double[] y = new double[n * oh * ow * out];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    for (int o = 0; o < out; o++) {
                        double z = b == null ? 0 : b[o];
                        for (int p = 0; p < kh; p++) {
                            for (int q = 0; q < kw; q++) {
                                int r = i * sh + p * dh - padTop;
                                int col = j * sw + q * dw - padLeft;
                                if (r < 0 || r >= h || col < 0 || col >= wd) {
                                    continue;
                                }
                                for (int ci = 0; ci < c; ci++) {
                                    z += x[((s * h + r) * wd + col) * c + ci] * k[((p * kw + q) * c + ci) * out + o];
                                }
                            }
                        }
                        y[((s * oh + i) * ow + j) * out + o] = z;
                    }
                }
            }
        }
        return y;
    }

    @Test
    void conv2dMatchesALoopForValidSameStridesAndDilation() {
        int[][] cases = {{1, 1, 1, 1, 0}, {2, 1, 1, 1, 1}, {1, 2, 1, 1, 1}, {1, 1, 2, 2, 0}, {2, 2, 1, 1, 1}};
        for (int[] c : cases) {
            Keras.clearSession();
            KerasTensor in = Input.of(7, 6, 2);
            Conv2D conv = new Conv2D(3, 3, 2);
            conv.strides(c[0], c[1]).dilationRate(c[2], c[3]).padding(c[4] == 1 ? "same" : "valid");
            Model model = new Model(in, conv.apply(in));
            List<double[]> w = weights(conv, 3);
            INDArray x = input(4, 2, 7, 6, 2);
            int[] hw = new int[2];
            double[] expected = conv2d(plain(x), 2, 7, 6, 2, w.get(0), w.get(1), 3, 2, 3, c[0], c[1], c[2], c[3],
                    c[4] == 1, hw);
            assertClose(expected, run(model, false, x));
        }
    }

    @Test
    void conv1dIsAOneRowConv2dAndCausalPadsOnTheLeft() {
        KerasTensor in = Input.of(6, 2);
        Conv1D conv = new Conv1D(3, 3);
        conv.padding("causal");
        Model model = new Model(in, conv.apply(in));
        List<double[]> w = weights(conv, 5);
        INDArray x = input(6, 2, 6, 2);
        double[] xs = plain(x);
        double[] expected = new double[2 * 6 * 3];
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 6; t++) {
                for (int o = 0; o < 3; o++) {
                    double z = w.get(1)[o];
                    for (int p = 0; p < 3; p++) {
                        int src = t - 2 + p;
                        for (int ci = 0; src >= 0 && ci < 2; ci++) {
                            z += xs[(s * 6 + src) * 2 + ci] * w.get(0)[(p * 2 + ci) * 3 + o];
                        }
                    }
                    expected[(s * 6 + t) * 3 + o] = z;
                }
            }
        }
        assertClose(expected, run(model, false, x));
    }

    private static double[] pool(double[] x, int n, int h, int w, int c, int k, int stride, boolean same,
            boolean max) {
        int oh = same ? (h + stride - 1) / stride : (h - k) / stride + 1;
        int ow = same ? (w + stride - 1) / stride : (w - k) / stride + 1;
        int padTop = same ? Math.max((oh - 1) * stride + k - h, 0) / 2 : 0;
        int padLeft = same ? Math.max((ow - 1) * stride + k - w, 0) / 2 : 0;
        double[] y = new double[n * oh * ow * c];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    for (int ch = 0; ch < c; ch++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        int count = 0;
                        for (int p = 0; p < k; p++) {
                            for (int q = 0; q < k; q++) {
                                int r = i * stride + p - padTop;
                                int col = j * stride + q - padLeft;
                                if (r < 0 || r >= h || col < 0 || col >= w) {
                                    continue;
                                }
                                double v = x[((s * h + r) * w + col) * c + ch];
                                acc = max ? Math.max(acc, v) : acc + v;
                                count++;
                            }
                        }
                        y[((s * oh + i) * ow + j) * c + ch] = max ? acc : acc / count;
                    }
                }
            }
        }
        return y;
    }

    @Test
    void poolingMatchesALoopAndAverageSkipsPadding() {
        for (boolean max : new boolean[] {true, false}) {
            for (boolean same : new boolean[] {false, true}) {
                Keras.clearSession();
                KerasTensor in = Input.of(5, 5, 2);
                Layer layer = max ? new MaxPooling2D(2, 2).padding(same ? "same" : "valid")
                        : new AveragePooling2D(2, 2).padding(same ? "same" : "valid");
                Model model = new Model(in, layer.apply(in));
                INDArray x = input(7, 2, 5, 5, 2);
                assertClose(pool(plain(x), 2, 5, 5, 2, 2, 2, same, max), run(model, false, x));
            }
        }
    }

    @Test
    void globalAveragePoolingFlattenReshapeMatchLoops() {
        KerasTensor in = Input.of(3, 4, 2);
        Model gap = new Model(in, new GlobalAveragePooling2D().apply(in));
        INDArray x = input(8, 2, 3, 4, 2);
        double[] xs = plain(x);
        double[] expected = new double[2 * 2];
        for (int s = 0; s < 2; s++) {
            for (int c = 0; c < 2; c++) {
                double sum = 0;
                for (int p = 0; p < 12; p++) {
                    sum += xs[(s * 12 + p) * 2 + c];
                }
                expected[s * 2 + c] = sum / 12;
            }
        }
        assertClose(expected, run(gap, false, x));
        Keras.clearSession();
        KerasTensor in2 = Input.of(3, 4, 2);
        // Flatten of channels-last data is the C order of (H, W, C), as Keras; Reshape keeps that order.
        assertClose(xs, run(new Model(in2, new Flatten().apply(in2)), false, x));
        Keras.clearSession();
        KerasTensor in3 = Input.of(3, 4, 2);
        assertClose(xs, run(new Model(in3, new Reshape(6, 4).apply(in3)), false, x));
    }

    @Test
    void batchNormalizationInferenceAndTrainingMatchLoops() {
        KerasTensor in = Input.of(3);
        BatchNormalization bn = new BatchNormalization();
        Model model = new Model(in, bn.apply(in));
        List<double[]> w = weights(bn, 9);
        INDArray x = input(10, 4, 3);
        double[] xs = plain(x);
        double[] expected = new double[12];
        for (int i = 0; i < 12; i++) {
            int c = i % 3;
            expected[i] = (xs[i] - w.get(2)[c]) / Math.sqrt(w.get(3)[c] + 1e-3) * w.get(0)[c] + w.get(1)[c];
        }
        assertClose(expected, run(model, false, x));
        double[] trained = run(model, true, x);
        List<INDArray> after = bn.getWeights();
        for (int c = 0; c < 3; c++) {
            double mean = 0;
            double var = 0;
            for (int s = 0; s < 4; s++) {
                mean += xs[s * 3 + c] / 4;
            }
            for (int s = 0; s < 4; s++) {
                var += (xs[s * 3 + c] - mean) * (xs[s * 3 + c] - mean) / 4;
            }
            for (int s = 0; s < 4; s++) {
                double y = (xs[s * 3 + c] - mean) / Math.sqrt(var + 1e-3) * w.get(0)[c] + w.get(1)[c];
                assertEquals(y, trained[s * 3 + c], TOLERANCE);
            }
            assertEquals(w.get(2)[c] * 0.99 + mean * 0.01, after.get(2).getDouble(c), TOLERANCE);
            assertEquals(w.get(3)[c] * 0.99 + var * 0.01, after.get(3).getDouble(c), TOLERANCE);
        }
    }

    @Test
    void embeddingLooksUpRows() {
        KerasTensor in = Input.of(3);
        Embedding embedding = new Embedding(6, 2);
        Model model = new Model(in, embedding.apply(in));
        List<double[]> w = weights(embedding, 11);
        int[] ids = {5, 0, 2, 2, 1, 4};
        INDArray x = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{5, 0, 2}, {2, 1, 4}});
        double[] expected = new double[12];
        for (int i = 0; i < 6; i++) {
            expected[i * 2] = w.get(0)[ids[i] * 2];
            expected[i * 2 + 1] = w.get(0)[ids[i] * 2 + 1];
        }
        assertClose(expected, run(model, false, x));
    }

    @Test
    void lstmMatchesALoopWithGatesIfco() {
        KerasTensor in = Input.of(4, 3);
        LSTM lstm = new LSTM(2);
        lstm.returnSequences(true);
        Model model = new Model(in, lstm.apply(in));
        List<double[]> w = weights(lstm, 13);
        INDArray x = input(14, 2, 4, 3);
        double[] xs = plain(x);
        int u = 2;
        double[] expected = new double[2 * 4 * u];
        for (int s = 0; s < 2; s++) {
            double[] h = new double[u];
            double[] c = new double[u];
            for (int t = 0; t < 4; t++) {
                double[] z = new double[4 * u];
                for (int j = 0; j < 4 * u; j++) {
                    z[j] = w.get(2)[j];
                    for (int f = 0; f < 3; f++) {
                        z[j] += xs[(s * 4 + t) * 3 + f] * w.get(0)[f * 4 * u + j];
                    }
                    for (int k = 0; k < u; k++) {
                        z[j] += h[k] * w.get(1)[k * 4 * u + j];
                    }
                }
                for (int k = 0; k < u; k++) {
                    double i = sigmoid(z[k]);
                    double f = sigmoid(z[u + k]);
                    double g = Math.tanh(z[2 * u + k]);
                    double o = sigmoid(z[3 * u + k]);
                    c[k] = f * c[k] + i * g;
                    h[k] = o * Math.tanh(c[k]);
                    expected[(s * 4 + t) * u + k] = h[k];
                }
            }
        }
        assertClose(expected, run(model, false, x));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void addAndConcatenateMatchLoops() {
        KerasTensor a = Input.of(3);
        KerasTensor b = Input.of(2);
        KerasTensor c = Input.of(3);
        Model concat = new Model(List.of(a, b), List.of(new Concatenate().apply(List.of(a, b))));
        Model add = new Model(List.of(a, c), List.of(new Add().apply(List.of(a, c))));
        INDArray xa = input(15, 2, 3);
        INDArray xb = input(16, 2, 2);
        INDArray xc = input(17, 2, 3);
        double[] pa = plain(xa);
        double[] pb = plain(xb);
        double[] pc = plain(xc);
        double[] expectedConcat = new double[10];
        double[] expectedAdd = new double[6];
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < 3; i++) {
                expectedConcat[s * 5 + i] = pa[s * 3 + i];
                expectedAdd[s * 3 + i] = pa[s * 3 + i] + pc[s * 3 + i];
            }
            for (int i = 0; i < 2; i++) {
                expectedConcat[s * 5 + 3 + i] = pb[s * 2 + i];
            }
        }
        assertClose(expectedConcat, run(concat, false, xa, xb));
        assertClose(expectedAdd, run(add, false, xa, xc));
    }

    @Test
    void activationLayersMatchLoops() {
        INDArray x = input(18, 3, 4).muli(4);
        double[] xs = plain(x);
        double[] relu = new double[12];
        double[] leaky = new double[12];
        double[] softmax = new double[12];
        for (int i = 0; i < 12; i++) {
            double v = xs[i];
            relu[i] = v >= 1.5 ? 1.5 : v > -0.5 ? v : 0.2 * (v + 0.5);
            leaky[i] = v > 0 ? v : 0.3 * v;
        }
        for (int s = 0; s < 3; s++) {
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                sum += Math.exp(xs[s * 4 + i]);
            }
            for (int i = 0; i < 4; i++) {
                softmax[s * 4 + i] = Math.exp(xs[s * 4 + i]) / sum;
            }
        }
        KerasTensor in = Input.of(4);
        assertClose(relu, run(new Model(in, new ReLU().maxValue(1.5).negativeSlope(0.2).threshold(-0.5).apply(in)),
                false, x));
        assertClose(leaky, run(new Model(in, new LeakyReLU().apply(in)), false, x));
        assertClose(softmax, run(new Model(in, new Softmax().apply(in)), false, x));
    }

    @Test
    void dropoutPassesThroughAtInferenceAndScalesKeptValuesInTraining() {
        KerasTensor in = Input.of(1000);
        Model model = new Model(in, new Dropout(0.25).apply(in));
        INDArray x = input(19, 2, 1000);
        double[] xs = plain(x);
        assertArrayEquals(xs, run(model, false, x), 0.0);
        double[] trained = run(model, true, x);
        int dropped = 0;
        for (int i = 0; i < xs.length; i++) {
            if (trained[i] == 0.0) {
                dropped++;
            } else {
                assertEquals(xs[i] / 0.75, trained[i], TOLERANCE);
            }
        }
        assertTrue(dropped > 400 && dropped < 600, "dropped " + dropped + " of 2000");
    }
}
