package org.layerwright.train.layers;

import static org.layerwright.train.layers.ForwardSupport.assertClose;
import static org.layerwright.train.layers.ForwardSupport.plain;
import static org.layerwright.train.layers.ForwardSupport.weights;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwright.train.layers.KernelHarness.random;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.layers.core.Embedding;
import org.layerwright.core.layers.core.Masking;
import org.layerwright.core.layers.recurrent.Bidirectional;
import org.layerwright.core.layers.recurrent.GRU;
import org.layerwright.core.layers.pooling.GlobalAveragePooling1D;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.recurrent.SimpleRNN;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.train.GraphExecutor;
import org.layerwright.train.UnsupportedLayerException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The recurrent layers' forward pass in float32 against plain Java loops in double (to 1e-5), with go_backwards and
 * padding masks as Keras's backend.rnn treats them.
 */
class SequenceForwardTest {
    private static final int BATCH = 2;
    private static final int STEPS = 4;
    private static final int FEATURES = 3;
    private static final int UNITS = 2;

    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    private static double[] run(Model model, INDArray x) {
        INDArray out = new GraphExecutor(model).forward(List.of(x), false).get(0);
        return out.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** One step of a cell on one sample: the new h from x_t and h_prev. */
    private interface Step {
        double[] apply(double[] x, double[] h);
    }

    /** x · W (+ bias row) for one sample, W of shape (rows, cols) in C order. */
    private static double[] times(double[] x, double[] w, int cols, double[] bias, int biasOffset) {
        double[] out = new double[cols];
        for (int j = 0; j < cols; j++) {
            out[j] = bias == null ? 0 : bias[biasOffset + j];
            for (int i = 0; i < x.length; i++) {
                out[j] += x[i] * w[i * cols + j];
            }
        }
        return out;
    }

    /**
     * Runs {@code step} over each sample as backend.rnn does: reading order reversed with go_backwards, and at a
     * step whose mask is 0 the state and output stay as they were. Returns the outputs in reading order.
     */
    private static double[] unroll(double[] xs, double[][] mask, boolean backwards, Step step) {
        double[] out = new double[BATCH * STEPS * UNITS];
        for (int n = 0; n < BATCH; n++) {
            double[] h = new double[UNITS];
            for (int s = 0; s < STEPS; s++) {
                int t = backwards ? STEPS - 1 - s : s;
                double[] x = java.util.Arrays.copyOfRange(xs, (n * STEPS + t) * FEATURES, (n * STEPS + t + 1)
                        * FEATURES);
                if (mask == null || mask[n][t] != 0) {
                    h = step.apply(x, h);
                }
                System.arraycopy(h, 0, out, (n * STEPS + s) * UNITS, UNITS);
            }
        }
        return out;
    }

    private static Step simpleRnn(List<double[]> w) {
        return (x, h) -> {
            double[] z = times(x, w.get(0), UNITS, w.get(2), 0);
            double[] r = times(h, w.get(1), UNITS, null, 0);
            double[] out = new double[UNITS];
            for (int k = 0; k < UNITS; k++) {
                out[k] = Math.tanh(z[k] + r[k]);
            }
            return out;
        };
    }

    private static Step gru(List<double[]> w, boolean resetAfter) {
        return (x, h) -> {
            double[] xp = times(x, w.get(0), 3 * UNITS, w.get(2), 0);
            double[] inner = resetAfter ? times(h, w.get(1), 3 * UNITS, w.get(2), 3 * UNITS) : null;
            double[] out = new double[UNITS];
            double[] z = new double[UNITS];
            double[] r = new double[UNITS];
            for (int k = 0; k < UNITS; k++) {
                double rz = 0;
                double rr = 0;
                for (int i = 0; i < UNITS; i++) {
                    rz += h[i] * w.get(1)[i * 3 * UNITS + k];
                    rr += h[i] * w.get(1)[i * 3 * UNITS + UNITS + k];
                }
                z[k] = sigmoid(xp[k] + (resetAfter ? inner[k] : rz));
                r[k] = sigmoid(xp[UNITS + k] + (resetAfter ? inner[UNITS + k] : rr));
            }
            for (int k = 0; k < UNITS; k++) {
                double candidate;
                if (resetAfter) {
                    candidate = r[k] * inner[2 * UNITS + k];
                } else {
                    candidate = 0;
                    for (int i = 0; i < UNITS; i++) {
                        candidate += r[i] * h[i] * w.get(1)[i * 3 * UNITS + 2 * UNITS + k];
                    }
                }
                double hh = Math.tanh(xp[2 * UNITS + k] + candidate);
                out[k] = z[k] * h[k] + (1 - z[k]) * hh;
            }
            return out;
        };
    }

    private static Model sequenceModel(Layer layer) {
        KerasTensor in = Input.of(STEPS, FEATURES);
        return new Model(in, layer.apply(in));
    }

    @Test
    void simpleRnnForwardAndBackward() {
        for (boolean backwards : new boolean[] {false, true}) {
            Keras.clearSession();
            SimpleRNN rnn = (SimpleRNN) new SimpleRNN(UNITS).returnSequences(true).goBackwards(backwards);
            Model model = sequenceModel(rnn);
            List<double[]> w = weights(rnn, 3);
            INDArray x = random(4, BATCH, STEPS, FEATURES).castTo(DataType.FLOAT);
            assertClose(unroll(plain(x), null, backwards, simpleRnn(w)), run(model, x));
        }
    }

    @Test
    void gruWithResetAfterAndBefore() {
        for (boolean resetAfter : new boolean[] {true, false}) {
            Keras.clearSession();
            GRU gru = (GRU) new GRU(UNITS).resetAfter(resetAfter).returnSequences(true);
            Model model = sequenceModel(gru);
            List<double[]> w = weights(gru, 5);
            INDArray x = random(6, BATCH, STEPS, FEATURES).castTo(DataType.FLOAT);
            assertClose(unroll(plain(x), null, false, gru(w, resetAfter)), run(model, x));
        }
    }

    /** Masking marks steps of all zeros; a masked step keeps the previous state and repeats the previous output. */
    @Test
    void maskedStepsCarryTheStateForward() {
        GRU gru = (GRU) new GRU(UNITS).returnSequences(true).goBackwards(true);
        KerasTensor in = Input.of(STEPS, FEATURES);
        Model model = new Model(in, gru.apply(new Masking().apply(in)));
        List<double[]> w = weights(gru, 7);
        INDArray x = random(8, BATCH, STEPS, FEATURES).castTo(DataType.FLOAT);
        double[][] mask = {{1, 1, 0, 0}, {0, 1, 0, 1}};
        for (int n = 0; n < BATCH; n++) {
            for (int t = 0; t < STEPS; t++) {
                if (mask[n][t] == 0) {
                    x.get(NDArrayIndex.point(n), NDArrayIndex.point(t), NDArrayIndex.all()).assign(0);
                }
            }
        }
        assertClose(unroll(plain(x), mask, true, gru(w, true)), run(model, x));
    }

    /** Right-padding with token 0 gives the same last output as the unpadded sequence, for every recurrent kind. */
    @Test
    void paddedStepsChangeNothing() {
        for (int kind = 0; kind < 4; kind++) {
            Keras.clearSession();
            KerasTensor padded = Input.of((Integer) null);
            Embedding embedding = new Embedding(6, FEATURES).maskZero(true);
            Layer recurrent = switch (kind) {
                case 0 -> new SimpleRNN(UNITS);
                case 1 -> new GRU(UNITS);
                case 2 -> new LSTM(UNITS);
                default -> new Bidirectional(new LSTM(UNITS));
            };
            Model model = new Model(padded, recurrent.apply(embedding.apply(padded)));
            KernelHarness.randomDoubleWeights(model, 9);
            INDArray short3 = Nd4j.createFromArray(new double[][] {{4, 2, 5}});
            INDArray long6 = Nd4j.createFromArray(new double[][] {{4, 2, 5, 0, 0, 0}});
            GraphExecutor executor = new GraphExecutor(model);
            INDArray a = executor.forward(List.of(short3), false).get(0);
            INDArray b = executor.forward(List.of(long6), false).get(0);
            assertTrue(a.equalsWithEps(b, 1e-12), recurrent.className() + ": " + a + " vs " + b);
        }
    }

    /** In Bidirectional sequences (zero_output_for_mask) padding steps output zeros in both directions. */
    @Test
    void bidirectionalSequencesAreZeroAtPadding() {
        KerasTensor ids = Input.of(5);
        Model model = new Model(ids, new Bidirectional(new GRU(UNITS).returnSequences(true))
                .apply(new Embedding(6, FEATURES).maskZero(true).apply(ids)));
        KernelHarness.randomDoubleWeights(model, 2);
        INDArray out = new GraphExecutor(model).forward(List.of(Nd4j.createFromArray(new double[][] {{3, 1, 0, 2,
            0}})), false).get(0);
        for (int t : new int[] {2, 4}) {
            assertEquals(0.0, out.get(NDArrayIndex.point(0), NDArrayIndex.point(t),
                    NDArrayIndex.all()).amaxNumber().doubleValue());
        }
        assertTrue(out.getDouble(0, 3, 0) != 0.0);
    }

    /** Keras's masked mean: sum(x · mask) / sum(mask) over the steps, here steps 0, 1 and 3 of five. */
    @Test
    void globalAveragePoolingAveragesTheRealStepsOnly() {
        KerasTensor ids = Input.of(5);
        Embedding embedding = new Embedding(6, 3).maskZero(true);
        Model model = new Model(ids, new GlobalAveragePooling1D().apply(embedding.apply(ids)));
        double[][] table = embedding.getWeights().get(0).castTo(DataType.DOUBLE).toDoubleMatrix();
        INDArray out = new GraphExecutor(model).forward(List.of(Nd4j.createFromArray(new double[][] {{3, 1, 0, 2,
            0}})), false).get(0);
        for (int f = 0; f < 3; f++) {
            assertEquals((table[3][f] + table[1][f] + table[2][f]) / 3, out.getDouble(0, f), 1e-6);
        }
    }

    @Test
    void masksReachingOtherLayersAndStatefulLayersAreRefused() {
        KerasTensor ids = Input.of(5);
        Model flattened = new Model(ids, new Flatten().apply(new Embedding(6, 2).maskZero(true).apply(ids)));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class,
                () -> new GraphExecutor(flattened));
        assertTrue(e.getMessage().contains("receives a padding mask"), e.getMessage());
        KerasTensor in = Input.of(STEPS, FEATURES);
        Model stateful = new Model(in, new GRU(2).stateful(true).apply(in));
        e = assertThrows(UnsupportedLayerException.class, () -> new GraphExecutor(stateful));
        assertTrue(e.getMessage().contains("stateful=True is not supported in training"), e.getMessage());
        Keras.clearSession();
        KerasTensor in2 = Input.of(STEPS, FEATURES);
        Model dropped = new Model(in2, new GRU(2).recurrentDropout(0.2).apply(in2));
        e = assertThrows(UnsupportedLayerException.class, () -> new GraphExecutor(dropped));
        assertTrue(e.getMessage().contains("recurrent_dropout is not supported in training for GRU"), e.getMessage());
    }

    private static double hardSigmoid(double z) {
        return Math.max(0, Math.min(1, 0.2 * z + 0.5));
    }

    /** Σ over a k×k window at (y, x) of v[y+p][x+q][c] · w[p][q][c][o] (zero outside v: TF's SAME pads the end). */
    private static double window(double[][][] v, double[] w, int k, int channels, int width, int y, int x, int o) {
        double z = 0;
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                if (y + p >= v.length || x + q >= v[0].length) {
                    continue;
                }
                for (int c = 0; c < channels; c++) {
                    z += v[y + p][x + q][c] * w[((p * k + q) * channels + c) * width + o];
                }
            }
        }
        return z;
    }

    /** ConvLSTM2D: valid input convolution, same-padded recurrent one, gates i, f, c, o as channel blocks. */
    @Test
    void convLstm2dMatchesALoop() {
        int frames = 2;
        int size = 3;
        int channels = 2;
        int filters = 2;
        int k = 2;
        org.layerwright.core.layers.convolution.ConvLSTM2D layer =
                new org.layerwright.core.layers.convolution.ConvLSTM2D(filters, k).returnSequences(true);
        KerasTensor in = Input.of(frames, size, size, channels);
        Model model = new Model(in, layer.apply(in));
        List<double[]> w = weights(layer, 21);
        INDArray x = random(22, 1, frames, size, size, channels).castTo(DataType.FLOAT);
        double[] xs = plain(x);
        int out = size - k + 1;
        double[][][] h = new double[out][out][filters];
        double[][][] c = new double[out][out][filters];
        double[] expected = new double[frames * out * out * filters];
        for (int t = 0; t < frames; t++) {
            double[][][] frame = new double[size][size][channels];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    for (int ch = 0; ch < channels; ch++) {
                        frame[i][j][ch] = xs[((t * size + i) * size + j) * channels + ch];
                    }
                }
            }
            double[][][] nextH = new double[out][out][filters];
            double[][][] nextC = new double[out][out][filters];
            for (int i = 0; i < out; i++) {
                for (int j = 0; j < out; j++) {
                    for (int f = 0; f < filters; f++) {
                        double[] z = new double[4];
                        for (int g = 0; g < 4; g++) {
                            int o = g * filters + f;
                            z[g] = w.get(2)[o] + window(frame, w.get(0), k, channels, 4 * filters, i, j, o)
                                    + window(h, w.get(1), k, filters, 4 * filters, i, j, o);
                        }
                        double cell = hardSigmoid(z[1]) * c[i][j][f] + hardSigmoid(z[0]) * Math.tanh(z[2]);
                        nextC[i][j][f] = cell;
                        nextH[i][j][f] = hardSigmoid(z[3]) * Math.tanh(cell);
                        expected[((t * out + i) * out + j) * filters + f] = nextH[i][j][f];
                    }
                }
            }
            h = nextH;
            c = nextC;
        }
        assertClose(expected, run(model, x));
    }
}
