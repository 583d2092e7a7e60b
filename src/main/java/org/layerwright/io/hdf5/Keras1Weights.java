package org.layerwright.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Keras;
import org.layerwright.core.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Keras's {@code preprocess_weights_for_loading}: converts weights saved by Keras 1 (conv kernels stored
 * channels-first or in the Keras 1.1 Conv1D shape; LSTM and GRU saved as one array per gate) and by the Theano
 * backend (conv kernels flipped) to the shapes a Keras 2 layer holds.
 */
final class Keras1Weights {
    private Keras1Weights() {
    }

    /** True for files without {@code keras_version} (Keras 1 wrote none) or with a 1.x version. */
    static boolean isKeras1(String kerasVersion) {
        return kerasVersion == null || "1".equals(kerasVersion) || kerasVersion.startsWith("1.");
    }

    static List<INDArray> preprocess(Layer layer, List<INDArray> saved, String kerasVersion, String backend) {
        List<INDArray> w = new ArrayList<>(saved);
        String cls = layer.className();
        if (isKeras1(kerasVersion) && !w.isEmpty()) {
            Map<String, Object> config = layer.getConfig();
            switch (cls) {
                case "Conv1D" -> w.set(0, conv1dKernel(w.get(0), config));
                case "Conv2D" -> {
                    if ("channels_first".equals(config.get("data_format"))) {
                        w.set(0, w.get(0).permute(2, 3, 1, 0).dup('c'));
                    }
                }
                case "Conv2DTranspose" -> w.set(0, "channels_first".equals(config.get("data_format"))
                        ? w.get(0).permute(2, 3, 0, 1).dup('c') : w.get(0).permute(0, 1, 3, 2).dup('c'));
                case "LSTM" -> {
                    if (w.size() == 12) {
                        // Keras 1 saved the gates as i, c, f, o; Keras 2 concatenates i, f, c, o.
                        w = List.of(concat(w, 0, 6, 3, 9), concat(w, 1, 7, 4, 10), concat(w, 2, 8, 5, 11));
                    }
                }
                case "GRU" -> {
                    if (w.size() == 9) {
                        w = List.of(concat(w, 0, 3, 6), concat(w, 1, 4, 7), concat(w, 2, 5, 8));
                    }
                }
                default -> { }
            }
        }
        if ("theano".equals(backend) && !"theano".equals(Keras.BACKEND) && !w.isEmpty()
                && List.of("Conv1D", "Conv2D", "Conv3D", "Conv2DTranspose", "ConvLSTM2D").contains(cls)) {
            w = new ArrayList<>(w);
            w.set(0, flipSpatial(w.get(0)));
            if ("ConvLSTM2D".equals(cls)) {
                w.set(1, flipSpatial(w.get(1)));
            }
        }
        return w;
    }

    /** Keras 1.1 stored Conv1D kernels as (filters, input_dim, length, 1); Keras 1.2 as (length, 1, in, filters). */
    private static INDArray conv1dKernel(INDArray kernel, Map<String, Object> config) {
        long length = ((Number) ((List<?>) config.get("kernel_size")).get(0)).longValue();
        long filters = ((Number) config.get("filters")).longValue();
        long[] s = kernel.shape();
        if (s.length != 4) {
            return kernel;
        }
        INDArray k = kernel;
        if (s[0] != length || s[1] != 1 || s[3] != filters) {
            k = kernel.permute(2, 3, 1, 0).dup('c');
        }
        return k.get(NDArrayIndex.all(), NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
    }

    private static INDArray concat(List<INDArray> w, int... indices) {
        INDArray[] parts = new INDArray[indices.length];
        for (int i = 0; i < indices.length; i++) {
            parts[i] = w.get(indices[i]);
        }
        return Nd4j.concat(parts[0].rank() - 1, parts);
    }

    /** Theano's convolution flips the kernel: reverse every axis but the last two (conv_utils.convert_kernel). */
    private static INDArray flipSpatial(INDArray kernel) {
        int rank = kernel.rank();
        INDArrayIndex[] index = new INDArrayIndex[rank];
        for (int axis = 0; axis < rank; axis++) {
            long n = kernel.size(axis);
            index[axis] = axis < rank - 2 ? NDArrayIndex.indices(reversed(n)) : NDArrayIndex.all();
        }
        return kernel.get(index).dup('c');
    }

    private static long[] reversed(long n) {
        long[] r = new long[(int) n];
        for (int i = 0; i < n; i++) {
            r[i] = n - 1 - i;
        }
        return r;
    }
}
