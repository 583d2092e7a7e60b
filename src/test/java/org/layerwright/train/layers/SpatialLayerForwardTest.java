package org.layerwright.train.layers;

import static org.layerwright.train.layers.ForwardSupport.assertClose;
import static org.layerwright.train.layers.ForwardSupport.input;
import static org.layerwright.train.layers.ForwardSupport.plain;
import static org.layerwright.train.layers.ForwardSupport.run;
import static org.layerwright.train.layers.SpatialReference.offset;
import static org.layerwright.train.layers.SpatialReference.positions;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.layers.core.Identity;
import org.layerwright.core.layers.pooling.GlobalAveragePooling1D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling3D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling1D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling2D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling3D;
import org.layerwright.core.layers.reshaping.Cropping1D;
import org.layerwright.core.layers.reshaping.Cropping2D;
import org.layerwright.core.layers.reshaping.Cropping3D;
import org.layerwright.core.layers.reshaping.Permute;
import org.layerwright.core.layers.reshaping.RepeatVector;
import org.layerwright.core.layers.reshaping.UpSampling1D;
import org.layerwright.core.layers.reshaping.UpSampling2D;
import org.layerwright.core.layers.reshaping.UpSampling3D;
import org.layerwright.core.layers.reshaping.ZeroPadding1D;
import org.layerwright.core.layers.reshaping.ZeroPadding2D;
import org.layerwright.core.layers.reshaping.ZeroPadding3D;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Pooling-to-a-vector and reshaping kernels in float32 against index-mapping loops, to 1e-5. */
class SpatialLayerForwardTest {
    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    /** Runs a layer on random data of (dims...) per sample and compares with {@code expected(x, outIndex)}. */
    private static void check(Layer layer, int[] dims, int[] outDims, Reference expected) {
        Integer[] shape = new Integer[dims.length];
        long[] batch = new long[dims.length + 1];
        batch[0] = 2;
        for (int i = 0; i < dims.length; i++) {
            shape[i] = dims[i];
            batch[i + 1] = dims[i];
        }
        KerasTensor in = Input.of(shape);
        Model model = new Model(in, layer.apply(in));
        INDArray x = input(4, batch);
        double[] xs = plain(x);
        int[] fullOut = new int[outDims.length + 1];
        fullOut[0] = 2;
        System.arraycopy(outDims, 0, fullOut, 1, outDims.length);
        int[] fullIn = new int[dims.length + 1];
        fullIn[0] = 2;
        System.arraycopy(dims, 0, fullIn, 1, dims.length);
        List<int[]> outs = positions(fullOut);
        double[] want = new double[outs.size()];
        for (int i = 0; i < want.length; i++) {
            int[] o = outs.get(i);
            want[i] = expected.value(index -> xs[offset(fullIn, index)], o);
        }
        assertClose(want, run(model, false, x));
    }

    /** The expected output at {@code out} (batch first), reading the input through {@code x}. */
    private interface Reference {
        double value(Reader x, int[] out);
    }

    private interface Reader {
        double at(int... index);
    }

    private static double fold(int count, boolean max, IntToDoubleFunction value) {
        double acc = max ? Double.NEGATIVE_INFINITY : 0;
        for (int i = 0; i < count; i++) {
            acc = max ? Math.max(acc, value.applyAsDouble(i)) : acc + value.applyAsDouble(i);
        }
        return max ? acc : acc / count;
    }

    @Test
    void globalPoolingOverEverySpatialAxis() {
        check(new GlobalAveragePooling1D(), new int[] {5, 3}, new int[] {3},
                (x, o) -> fold(5, false, t -> x.at(o[0], t, o[1])));
        check(new GlobalMaxPooling1D().keepdims(true), new int[] {5, 3}, new int[] {1, 3},
                (x, o) -> fold(5, true, t -> x.at(o[0], t, o[2])));
        check(new GlobalMaxPooling2D(), new int[] {3, 4, 2}, new int[] {2},
                (x, o) -> fold(12, true, i -> x.at(o[0], i / 4, i % 4, o[1])));
        check(new GlobalAveragePooling3D(), new int[] {2, 3, 2, 2}, new int[] {2},
                (x, o) -> fold(12, false, i -> x.at(o[0], i / 6, i / 2 % 3, i % 2, o[1])));
        check(new GlobalMaxPooling3D().keepdims(true), new int[] {2, 3, 2, 2}, new int[] {1, 1, 1, 2},
                (x, o) -> fold(12, true, i -> x.at(o[0], i / 6, i / 2 % 3, i % 2, o[4])));
    }

    @Test
    void croppingAndZeroPaddingMoveTheBorders() {
        check(new Cropping1D(1, 2), new int[] {6, 2}, new int[] {3, 2}, (x, o) -> x.at(o[0], o[1] + 1, o[2]));
        check(new Cropping2D(new int[][] {{1, 0}, {0, 2}}), new int[] {4, 5, 2}, new int[] {3, 3, 2},
                (x, o) -> x.at(o[0], o[1] + 1, o[2], o[3]));
        check(new Cropping3D(1, 0, 1), new int[] {4, 3, 4, 1}, new int[] {2, 3, 2, 1},
                (x, o) -> x.at(o[0], o[1] + 1, o[2], o[3] + 1, o[4]));
        check(new ZeroPadding1D(2, 1), new int[] {3, 2}, new int[] {6, 2},
                (x, o) -> o[1] < 2 || o[1] >= 5 ? 0 : x.at(o[0], o[1] - 2, o[2]));
        check(new ZeroPadding2D(new int[][] {{1, 0}, {2, 1}}), new int[] {2, 2, 2}, new int[] {3, 5, 2},
                (x, o) -> o[1] < 1 || o[2] < 2 || o[2] >= 4 ? 0 : x.at(o[0], o[1] - 1, o[2] - 2, o[3]));
        check(new ZeroPadding3D(1, 0, 1), new int[] {2, 2, 2, 1}, new int[] {4, 2, 4, 1},
                (x, o) -> o[1] < 1 || o[1] >= 3 || o[3] < 1 || o[3] >= 3 ? 0
                        : x.at(o[0], o[1] - 1, o[2], o[3] - 1, o[4]));
    }

    @Test
    void nearestUpSamplingRepeatsCells() {
        check(new UpSampling1D(3), new int[] {3, 2}, new int[] {9, 2}, (x, o) -> x.at(o[0], o[1] / 3, o[2]));
        check(new UpSampling2D(2, 3), new int[] {2, 3, 2}, new int[] {4, 9, 2},
                (x, o) -> x.at(o[0], o[1] / 2, o[2] / 3, o[3]));
        check(new UpSampling3D(2, 1, 2), new int[] {2, 2, 2, 1}, new int[] {4, 2, 4, 1},
                (x, o) -> x.at(o[0], o[1] / 2, o[2], o[3] / 2, o[4]));
    }

    /** TensorFlow 2's half-pixel bilinear source cells and weights along one axis: {lower, upper, lerp}. */
    private static double[] source(int out, int scale, int in) {
        double src = (out + 0.5) / scale - 0.5;
        double floor = Math.floor(src);
        return new double[] {Math.max(floor, 0), Math.min(Math.ceil(src), in - 1), src - floor};
    }

    @Test
    void bilinearUpSamplingUsesHalfPixelCentres() {
        check(new UpSampling2D(2, 3).interpolation("bilinear"), new int[] {3, 2, 2}, new int[] {6, 6, 2}, (x, o) -> {
            double[] h = source(o[1], 2, 3);
            double[] w = source(o[2], 3, 2);
            double top = x.at(o[0], (int) h[0], (int) w[0], o[3]) * (1 - w[2])
                    + x.at(o[0], (int) h[0], (int) w[1], o[3]) * w[2];
            double bottom = x.at(o[0], (int) h[1], (int) w[0], o[3]) * (1 - w[2])
                    + x.at(o[0], (int) h[1], (int) w[1], o[3]) * w[2];
            return top * (1 - h[2]) + bottom * h[2];
        });
    }

    @Test
    void permuteRepeatVectorAndIdentityMoveValuesOnly() {
        check(new Permute(2, 3, 1), new int[] {2, 3, 4}, new int[] {3, 4, 2}, (x, o) -> x.at(o[0], o[3], o[1], o[2]));
        check(new Permute(2, 1), new int[] {3, 2}, new int[] {2, 3}, (x, o) -> x.at(o[0], o[2], o[1]));
        check(new RepeatVector(3), new int[] {4}, new int[] {3, 4}, (x, o) -> x.at(o[0], o[2]));
        check(new Identity(), new int[] {2, 3}, new int[] {2, 3}, (x, o) -> x.at(o));
    }
}
