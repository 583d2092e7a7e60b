package org.layerwright.train.layers;

import static org.layerwright.train.layers.ForwardSupport.assertClose;
import static org.layerwright.train.layers.ForwardSupport.input;
import static org.layerwright.train.layers.ForwardSupport.plain;
import static org.layerwright.train.layers.ForwardSupport.run;
import static org.layerwright.train.layers.ForwardSupport.weights;
import static org.layerwright.train.layers.SpatialReference.perSample;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.ConvUtils;
import org.layerwright.core.layers.convolution.Conv;
import org.layerwright.core.layers.convolution.Conv1DTranspose;
import org.layerwright.core.layers.convolution.Conv2DTranspose;
import org.layerwright.core.layers.convolution.Conv3D;
import org.layerwright.core.layers.convolution.Conv3DTranspose;
import org.layerwright.core.layers.convolution.ConvTranspose;
import org.layerwright.core.layers.convolution.DepthwiseConv1D;
import org.layerwright.core.layers.convolution.DepthwiseConv2D;
import org.layerwright.core.layers.convolution.SeparableConv1D;
import org.layerwright.core.layers.convolution.SeparableConv2D;
import org.layerwright.core.layers.pooling.AveragePooling1D;
import org.layerwright.core.layers.pooling.AveragePooling3D;
import org.layerwright.core.layers.pooling.MaxPooling1D;
import org.layerwright.core.layers.pooling.MaxPooling3D;
import org.layerwright.core.layers.pooling.Pooling;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The convolution and pooling kernels in float32 against {@link SpatialReference}'s loops in double, to 1e-5. */
class SpatialConvForwardTest {
    private static final int BATCH = 2;

    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    private static long[] batchShape(int[] dims, int channels) {
        long[] shape = new long[dims.length + 2];
        shape[0] = BATCH;
        for (int i = 0; i < dims.length; i++) {
            shape[i + 1] = dims[i];
        }
        shape[shape.length - 1] = channels;
        return shape;
    }

    private static Integer[] boxed(int[] dims, int channels) {
        Integer[] shape = new Integer[dims.length + 1];
        for (int i = 0; i < dims.length; i++) {
            shape[i] = dims[i];
        }
        shape[dims.length] = channels;
        return shape;
    }

    /** Runs {@code layer} on random (BATCH, dims..., c) data and returns [x, output] as plain arrays. */
    private static double[][] runLayer(Conv layer, int[] dims, int c, List<double[]>[] weightsOut) {
        KerasTensor in = Input.of(boxed(dims, c));
        Model model = new Model(in, layer.apply(in));
        weightsOut[0] = weights(layer, 3);
        INDArray x = input(4, batchShape(dims, c));
        return new double[][] {plain(x), run(model, false, x)};
    }

    @SuppressWarnings("unchecked")
    private static void checkConv(Conv layer, int[] dims, int c, boolean depthwise) {
        List<double[]>[] w = new List[1];
        double[][] run = runLayer(layer, dims, c, w);
        int[] ks = layer.kernelSize();
        int m = depthwise ? ((org.layerwright.core.layers.convolution.DepthwiseConv) layer).depthMultiplier() : 0;
        double[] kernel = depthwise ? SpatialReference.depthwiseAsFull(w[0].get(0), ks, c, m) : w[0].get(0);
        int f = depthwise ? c * m : layer.filters();
        double[] bias = layer.useBias() ? w[0].get(1) : null;
        boolean same = "same".equals(layer.padding());
        double[] expected = perSample(run[0], BATCH, x -> SpatialReference.conv(x, dims, c, kernel, ks, f, bias,
                layer.strides(), layer.dilationRate(), same, new int[dims.length]));
        if ("relu".equals(layer.activation())) {
            for (int i = 0; i < expected.length; i++) {
                expected[i] = Math.max(0, expected[i]);
            }
        }
        assertClose(expected, run[1]);
    }

    @Test
    void conv3dMatchesALoop() {
        checkConv(new Conv3D(3, 2, 3, 2), new int[] {4, 5, 3}, 2, false);
        checkConv(new Conv3D(2, 3, 2, 2).strides(2, 1, 2).padding("same").activation("relu"), new int[] {5, 4, 4}, 2,
                false);
        checkConv(new Conv3D(2, 2, 2, 2).dilationRate(2, 1, 2).useBias(false), new int[] {5, 3, 5}, 1, false);
    }

    @Test
    void depthwiseConvMatchesALoop() {
        checkConv(new DepthwiseConv2D(3, 2).depthMultiplier(2), new int[] {6, 5}, 3, true);
        checkConv(new DepthwiseConv2D(3, 3).strides(2, 2).padding("same"), new int[] {7, 6}, 2, true);
        checkConv(new DepthwiseConv2D(2, 2).dilationRate(2, 2).activation("relu"), new int[] {6, 6}, 2, true);
        checkConv(new DepthwiseConv1D(3).depthMultiplier(3).padding("same"), new int[] {7}, 2, true);
        checkConv(new DepthwiseConv1D(2).strides(2).useBias(false), new int[] {8}, 3, true);
    }

    @SuppressWarnings("unchecked")
    private static void checkSeparable(Conv layer, int m, int[] dims, int c) {
        List<double[]>[] w = new List[1];
        double[][] run = runLayer(layer, dims, c, w);
        int[] ks = layer.kernelSize();
        double[] full = SpatialReference.depthwiseAsFull(w[0].get(0), ks, c, m);
        int[] ones = new int[dims.length];
        java.util.Arrays.fill(ones, 1);
        double[] bias = layer.useBias() ? w[0].get(2) : null;
        boolean causal = "causal".equals(layer.padding());
        int pad = causal ? layer.dilationRate()[0] * (ks[0] - 1) : 0;
        int[] padded = dims.clone();
        padded[0] += pad;
        double[] expected = perSample(run[0], BATCH, x -> {
            double[] source = x;
            if (causal) {
                source = new double[x.length + pad * c];
                System.arraycopy(x, 0, source, pad * c, x.length);
            }
            int[] mid = new int[dims.length];
            double[] depth = SpatialReference.conv(source, padded, c, full, ks, c * m, null, layer.strides(),
                    layer.dilationRate(), "same".equals(layer.padding()), mid);
            return SpatialReference.conv(depth, mid, c * m, w[0].get(1), ones, layer.filters(), bias, ones, ones,
                    false, new int[dims.length]);
        });
        assertClose(expected, run[1]);
    }

    @Test
    void separableConvIsDepthwiseThenPointwise() {
        checkSeparable(new SeparableConv2D(4, 3, 2).depthMultiplier(2), 2, new int[] {6, 5}, 3);
        checkSeparable(new SeparableConv2D(3, 3, 3).strides(2, 2).padding("same"), 1, new int[] {7, 6}, 2);
        checkSeparable(new SeparableConv1D(3, 3).padding("causal").dilationRate(2), 1, new int[] {8}, 2);
        checkSeparable(new SeparableConv1D(2, 2).depthMultiplier(2).strides(2).useBias(false), 2, new int[] {7}, 3);
    }

    @SuppressWarnings("unchecked")
    private static void checkTransposed(ConvTranspose layer, int[] dims, int c) {
        List<double[]>[] w = new List[1];
        double[][] run = runLayer(layer, dims, c, w);
        int[] ks = layer.kernelSize();
        int[] outDims = new int[dims.length];
        for (int a = 0; a < dims.length; a++) {
            outDims[a] = ConvUtils.deconvOutputLength(dims[a], ks[a], layer.padding(), layer.outputPadding() == null
                    ? null : layer.outputPadding()[a], layer.strides()[a], layer.dilationRate()[a]);
        }
        double[] bias = layer.useBias() ? w[0].get(1) : null;
        double[] expected = perSample(run[0], BATCH, x -> SpatialReference.convTranspose(x, dims, c, w[0].get(0), ks,
                layer.filters(), bias, layer.strides(), layer.dilationRate(), "same".equals(layer.padding()),
                outDims));
        assertClose(expected, run[1]);
    }

    @Test
    void transposedConvScattersEachInputCell() {
        checkTransposed((ConvTranspose) new Conv2DTranspose(3, 3, 2).strides(2, 1), new int[] {4, 3}, 2);
        checkTransposed((ConvTranspose) new Conv2DTranspose(2, 3, 3).strides(2, 2).padding("same"), new int[] {3, 4},
                2);
        checkTransposed(new Conv2DTranspose(2, 3, 3).strides(2, 2).padding("same").outputPadding(1, 0),
                new int[] {3, 3}, 1);
        checkTransposed((ConvTranspose) new Conv2DTranspose(2, 2, 2).strides(3, 3).useBias(false), new int[] {2, 3},
                2);
        checkTransposed((ConvTranspose) new Conv2DTranspose(2, 2, 3).dilationRate(2, 1), new int[] {3, 3}, 2);
        checkTransposed((ConvTranspose) new Conv1DTranspose(2, 4).strides(2).padding("same"), new int[] {5}, 3);
        checkTransposed((ConvTranspose) new Conv1DTranspose(3, 3).strides(3).outputPadding(2), new int[] {4}, 2);
        checkTransposed((ConvTranspose) new Conv3DTranspose(2, 2, 3, 2).strides(2, 1, 2), new int[] {2, 3, 2}, 2);
        checkTransposed((ConvTranspose) new Conv3DTranspose(2, 3, 2, 2).strides(1, 2, 2).padding("same"),
                new int[] {3, 2, 2}, 1);
    }

    private static void checkPooling(Pooling layer, int[] dims, int c, boolean max) {
        KerasTensor in = Input.of(boxed(dims, c));
        Model model = new Model(in, layer.apply(in));
        INDArray x = input(4, batchShape(dims, c));
        double[] expected = perSample(plain(x), BATCH, s -> SpatialReference.pool(s, dims, c, layer.poolSize(),
                layer.strides(), "same".equals(layer.padding()), max, new int[dims.length]));
        assertClose(expected, run(model, false, x));
    }

    @Test
    void pooling1dAnd3dMatchLoops() {
        checkPooling(new MaxPooling1D(2), new int[] {7}, 3, true);
        checkPooling(new MaxPooling1D(3).strides(2).padding("same"), new int[] {8}, 2, true);
        checkPooling(new AveragePooling1D(3).strides(2).padding("same"), new int[] {8}, 2, false);
        checkPooling(new AveragePooling1D(2), new int[] {5}, 2, false);
        checkPooling(new MaxPooling3D(2, 2, 2), new int[] {4, 5, 4}, 2, true);
        checkPooling(new MaxPooling3D(3, 2, 2).strides(2, 2, 1).padding("same"), new int[] {5, 4, 3}, 2, true);
        checkPooling(new AveragePooling3D(2, 2, 2), new int[] {4, 4, 5}, 2, false);
        checkPooling(new AveragePooling3D(3, 3, 2).strides(2, 2, 2).padding("same"), new int[] {5, 4, 3}, 2, false);
    }
}
