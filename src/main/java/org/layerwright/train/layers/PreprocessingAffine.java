package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.layerwright.core.Shape;
import org.layerwright.core.layers.preprocessing.Normalization;
import org.layerwright.core.layers.preprocessing.Rescaling;
import org.layerwright.train.UnsupportedLayerException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The fixed scale and shift of Rescaling and Normalization, as broadcastable (1, ...) arrays. */
final class PreprocessingAffine {
    /** Keras's {@code backend.epsilon()}, the floor of Normalization's standard deviation. */
    private static final double EPSILON = 1e-7;

    private PreprocessingAffine() {
    }

    private static long[] ones(int rank) {
        long[] shape = new long[rank];
        Arrays.fill(shape, 1);
        return shape;
    }

    /** {@code x · scale + offset}. */
    static ScaleShiftKernel.Affine rescaling(Rescaling layer, int rank) {
        return new ScaleShiftKernel.Affine(Nd4j.valueArrayOf(ones(rank), layer.scale(), DataType.DOUBLE),
                Nd4j.valueArrayOf(ones(rank), layer.offset(), DataType.DOUBLE));
    }

    /**
     * {@code (x − mean) / max(sqrt(variance), 1e-7)}, with mean and variance from the layer's weights (adapted or
     * loaded) or, when the config gives them, from the config; read at every call.
     */
    static Supplier<ScaleShiftKernel.Affine> normalization(Normalization layer) {
        Shape input = layer.buildInputShapes().get(0);
        int rank = input.rank();
        long[] broadcast = ones(rank);
        for (int a : layer.axes()) {
            int axis = a < 0 ? a + rank : a;
            broadcast[axis] = input.dim(axis);
        }
        Object configMean = layer.getConfig().get("mean");
        Object configVariance = layer.getConfig().get("variance");
        return () -> {
            INDArray mean;
            INDArray variance;
            if (configMean != null) {
                mean = fromConfig(layer.name(), configMean, broadcast);
                variance = fromConfig(layer.name(), configVariance, broadcast);
            } else {
                List<INDArray> weights = layer.getWeights();
                mean = weights.get(0).castTo(DataType.DOUBLE).reshape('c', broadcast);
                variance = weights.get(1).castTo(DataType.DOUBLE).reshape('c', broadcast);
            }
            INDArray scale = Transforms.max(Transforms.sqrt(variance, true), EPSILON, false).rdivi(1.0);
            return new ScaleShiftKernel.Affine(scale, mean.mul(scale).negi());
        };
    }

    /** A config number, or a (nested) list of numbers, as an array of the broadcast shape. */
    private static INDArray fromConfig(String layerName, Object value, long[] broadcast) {
        List<Double> values = new ArrayList<>();
        flatten(value, values);
        long size = 1;
        for (long d : broadcast) {
            size *= d;
        }
        if (values.size() == 1) {
            return Nd4j.valueArrayOf(broadcast, values.get(0), DataType.DOUBLE);
        }
        if (values.size() != size) {
            throw new UnsupportedLayerException(layerName, "Normalization", "Layer '" + layerName
                    + "' (Normalization): its mean and variance have " + values.size() + " values, but the kept axes"
                    + " hold " + size + ". Give one value, or one per kept entry.");
        }
        double[] data = values.stream().mapToDouble(Double::doubleValue).toArray();
        return Nd4j.create(data, broadcast, 'c');
    }

    private static void flatten(Object value, List<Double> out) {
        if (value instanceof List<?> list) {
            for (Object v : list) {
                flatten(v, out);
            }
        } else {
            out.add(((Number) value).doubleValue());
        }
    }
}
