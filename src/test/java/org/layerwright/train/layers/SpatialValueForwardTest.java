package org.layerwright.train.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layerwright.train.layers.ForwardSupport.assertClose;
import static org.layerwright.train.layers.ForwardSupport.input;
import static org.layerwright.train.layers.ForwardSupport.plain;
import static org.layerwright.train.layers.ForwardSupport.run;
import static org.layerwright.train.layers.ForwardSupport.weights;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.layers.activations.ELU;
import org.layerwright.core.layers.activations.PReLU;
import org.layerwright.core.layers.activations.ThresholdedReLU;
import org.layerwright.core.layers.merging.Average;
import org.layerwright.core.layers.merging.Dot;
import org.layerwright.core.layers.merging.Maximum;
import org.layerwright.core.layers.merging.Minimum;
import org.layerwright.core.layers.merging.Multiply;
import org.layerwright.core.layers.merging.Subtract;
import org.layerwright.core.layers.normalization.GroupNormalization;
import org.layerwright.core.layers.normalization.LayerNormalization;
import org.layerwright.core.layers.normalization.UnitNormalization;
import org.layerwright.core.layers.preprocessing.Normalization;
import org.layerwright.core.layers.preprocessing.Rescaling;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Normalization, preprocessing, activation and merge kernels in float32 against plain Java loops in double, to
 * 1e-5. Inputs are (2, 3, 4): two samples of 3 rows × 4 features, flat index {@code (n·3 + r)·4 + f}.
 */
class SpatialValueForwardTest {
    private static final int N = 2;
    private static final int R = 3;
    private static final int F = 4;

    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    private static Model single(Layer layer) {
        KerasTensor in = Input.of(R, F);
        return new Model(in, layer.apply(in));
    }

    /** Mean and biased variance of {@code values[i]} for the indices i. */
    private static double[] moments(double[] values, int[] indices) {
        double mean = 0;
        for (int i : indices) {
            mean += values[i];
        }
        mean /= indices.length;
        double variance = 0;
        for (int i : indices) {
            variance += (values[i] - mean) * (values[i] - mean);
        }
        return new double[] {mean, variance / indices.length};
    }

    @Test
    void layerNormalizationOverTheLastAxisAndOverTwoAxes() {
        LayerNormalization last = new LayerNormalization();
        last.epsilon(0.01);
        Model model = single(last);
        List<double[]> w = weights(last, 1);
        INDArray x = input(2, N, R, F);
        double[] xs = plain(x);
        double[] expected = new double[xs.length];
        for (int row = 0; row < N * R; row++) {
            int[] idx = {row * F, row * F + 1, row * F + 2, row * F + 3};
            double[] m = moments(xs, idx);
            for (int f = 0; f < F; f++) {
                expected[row * F + f] = (xs[row * F + f] - m[0]) / Math.sqrt(m[1] + 0.01) * w.get(0)[f] + w.get(1)[f];
            }
        }
        assertClose(expected, run(model, false, x));

        Keras.clearSession();
        LayerNormalization both = new LayerNormalization().axis(List.of(1, 2));
        model = single(both);
        w = weights(both, 3);
        for (int n = 0; n < N; n++) {
            int[] idx = new int[R * F];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = n * R * F + i;
            }
            double[] m = moments(xs, idx);
            for (int i = 0; i < R * F; i++) {
                expected[n * R * F + i] = (xs[n * R * F + i] - m[0]) / Math.sqrt(m[1] + 0.001) * w.get(0)[i]
                        + w.get(1)[i];
            }
        }
        assertClose(expected, run(model, false, x));
    }

    @Test
    void groupNormalizationOverEachSamplesGroupOfChannels() {
        GroupNormalization layer = new GroupNormalization(2);
        Model model = single(layer);
        List<double[]> w = weights(layer, 1);
        INDArray x = input(2, N, R, F);
        double[] xs = plain(x);
        double[] expected = new double[xs.length];
        for (int n = 0; n < N; n++) {
            for (int g = 0; g < 2; g++) {
                int[] idx = new int[R * 2];
                for (int r = 0; r < R; r++) {
                    idx[2 * r] = (n * R + r) * F + 2 * g;
                    idx[2 * r + 1] = (n * R + r) * F + 2 * g + 1;
                }
                double[] m = moments(xs, idx);
                for (int i : idx) {
                    int f = i % F;
                    expected[i] = (xs[i] - m[0]) / Math.sqrt(m[1] + 0.001) * w.get(0)[f] + w.get(1)[f];
                }
            }
        }
        assertClose(expected, run(model, false, x));
    }

    @Test
    void unitNormalizationDividesByTheL2Norm() {
        Model model = single(new UnitNormalization());
        INDArray x = input(2, N, R, F);
        double[] xs = plain(x);
        double[] expected = new double[xs.length];
        for (int row = 0; row < N * R; row++) {
            double squares = 0;
            for (int f = 0; f < F; f++) {
                squares += xs[row * F + f] * xs[row * F + f];
            }
            for (int f = 0; f < F; f++) {
                expected[row * F + f] = xs[row * F + f] / Math.sqrt(Math.max(squares, 1e-12));
            }
        }
        assertClose(expected, run(model, false, x));
    }

    @Test
    void rescalingAndNormalizationApplyFixedStatistics() {
        INDArray x = input(2, N, R, F);
        double[] xs = plain(x);
        double[] expected = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            expected[i] = xs[i] / 255.0 - 0.5;
        }
        assertClose(expected, run(single(new Rescaling(1 / 255.0).offset(-0.5)), false, x));

        Keras.clearSession();
        Normalization adapted = new Normalization();
        Model model = single(adapted);
        List<double[]> w = weights(adapted, 6);
        for (int i = 0; i < xs.length; i++) {
            int f = i % F;
            expected[i] = (xs[i] - w.get(0)[f]) / Math.max(Math.sqrt(w.get(1)[f]), 1e-7);
        }
        assertClose(expected, run(model, false, x));

        Keras.clearSession();
        Normalization given = new Normalization().axis(1).meanAndVariance(List.of(1.0, -2.0, 0.5),
                List.of(4.0, 0.25, 9.0));
        double[] mean = {1.0, -2.0, 0.5};
        double[] variance = {4.0, 0.25, 9.0};
        for (int i = 0; i < xs.length; i++) {
            int r = i / F % R;
            expected[i] = (xs[i] - mean[r]) / Math.sqrt(variance[r]);
        }
        assertClose(expected, run(single(given), false, x));
    }

    @Test
    void preluEluAndThresholdedRelu() {
        PReLU prelu = new PReLU().sharedAxes(1);
        Model model = single(prelu);
        double[] alpha = weights(prelu, 8).get(0);
        INDArray x = input(2, N, R, F);
        double[] xs = plain(x);
        double[] expected = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            expected[i] = xs[i] > 0 ? xs[i] : alpha[i % F] * xs[i];
        }
        assertClose(expected, run(model, false, x));
        for (int i = 0; i < xs.length; i++) {
            expected[i] = xs[i] > 0 ? xs[i] : 0.7 * (Math.exp(xs[i]) - 1);
        }
        assertClose(expected, run(single(new ELU(0.7)), false, x));
        for (int i = 0; i < xs.length; i++) {
            expected[i] = xs[i] > 0.2 ? xs[i] : 0;
        }
        assertClose(expected, run(single(new ThresholdedReLU(0.2)), false, x));
    }

    private static double[] merge(Layer layer, int inputs, java.util.function.Function<double[][], double[]> ref) {
        KerasTensor[] ins = new KerasTensor[inputs];
        INDArray[] xs = new INDArray[inputs];
        double[][] plainXs = new double[inputs][];
        for (int i = 0; i < inputs; i++) {
            ins[i] = Input.of(i == 1 ? 1 : R, F);
            xs[i] = input(10 + i, N, i == 1 ? 1 : R, F);
            plainXs[i] = plain(xs[i]);
        }
        Model model = new Model(List.of(ins), List.of(layer.apply(List.of(ins))));
        assertClose(ref.apply(plainXs), run(model, false, xs));
        return plainXs[0];
    }

    /** Element i of a merge input whose rows may be broadcast (the second input has one row). */
    private static double at(double[] x, int i) {
        return x.length == N * R * F ? x[i] : x[i / (R * F) * F + i % F];
    }

    @Test
    void elementwiseMergesBroadcastTheirSecondInput() {
        int size = N * R * F;
        merge(new Subtract(), 2, v -> java.util.stream.IntStream.range(0, size)
                .mapToDouble(i -> at(v[0], i) - at(v[1], i)).toArray());
        merge(new Multiply(), 3, v -> java.util.stream.IntStream.range(0, size)
                .mapToDouble(i -> at(v[0], i) * at(v[1], i) * at(v[2], i)).toArray());
        merge(new Average(), 3, v -> java.util.stream.IntStream.range(0, size)
                .mapToDouble(i -> (at(v[0], i) + at(v[1], i) + at(v[2], i)) / 3).toArray());
        merge(new Maximum(), 3, v -> java.util.stream.IntStream.range(0, size)
                .mapToDouble(i -> Math.max(at(v[0], i), Math.max(at(v[1], i), at(v[2], i)))).toArray());
        merge(new Minimum(), 2, v -> java.util.stream.IntStream.range(0, size)
                .mapToDouble(i -> Math.min(at(v[0], i), at(v[1], i))).toArray());
    }

    @Test
    void dotContractsTheChosenAxesPerSample() {
        KerasTensor a = Input.of(R, F);
        KerasTensor b = Input.of(2, R);
        Model model = new Model(List.of(a, b), List.of(new Dot(1, 2).apply(List.of(a, b))));
        INDArray xa = input(3, N, R, F);
        INDArray xb = input(4, N, 2, R);
        double[] pa = plain(xa);
        double[] pb = plain(xb);
        double[] expected = new double[N * F * 2];
        for (int n = 0; n < N; n++) {
            for (int f = 0; f < F; f++) {
                for (int j = 0; j < 2; j++) {
                    double sum = 0;
                    for (int r = 0; r < R; r++) {
                        sum += pa[(n * R + r) * F + f] * pb[(n * 2 + j) * R + r];
                    }
                    expected[(n * F + f) * 2 + j] = sum;
                }
            }
        }
        assertClose(expected, run(model, false, xa, xb));

        Keras.clearSession();
        KerasTensor u = Input.of(F);
        KerasTensor v = Input.of(F);
        Model cosine = new Model(List.of(u, v), List.of(new Dot(-1).normalize(true).apply(List.of(u, v))));
        INDArray xu = input(5, N, F);
        INDArray xv = input(6, N, F);
        double[] pu = plain(xu);
        double[] pv = plain(xv);
        double[] similarity = new double[N];
        for (int n = 0; n < N; n++) {
            double dot = 0;
            double nu = 0;
            double nv = 0;
            for (int f = 0; f < F; f++) {
                dot += pu[n * F + f] * pv[n * F + f];
                nu += pu[n * F + f] * pu[n * F + f];
                nv += pv[n * F + f] * pv[n * F + f];
            }
            similarity[n] = dot / Math.sqrt(nu) / Math.sqrt(nv);
        }
        assertClose(similarity, run(cosine, false, xu, xv));
        assertEquals(2, new org.layerwright.train.GraphExecutor(cosine).forward(List.of(xu, xv), false).get(0)
                .rank(), "Dot of two vectors gives (batch, 1)");
    }
}
