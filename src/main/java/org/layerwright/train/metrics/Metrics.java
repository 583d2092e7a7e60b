package org.layerwright.train.metrics;

import java.util.Locale;
import org.layerwright.core.Shape;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.train.losses.Loss;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Keras's metrics by name, including how Keras resolves "accuracy" / "acc". */
public final class Metrics {
    private static final int DEFAULT_TOP_K = 5;

    private Metrics() {
    }

    /**
     * The metric Keras calls {@code name}. "accuracy" and "acc" become binary_accuracy when the model has one output
     * unit, sparse_categorical_accuracy when the loss is sparse_categorical_crossentropy, and categorical_accuracy
     * otherwise; the metric keeps the name it was asked for.
     *
     * @param outputShape the model's output shape, used to resolve "accuracy"
     */
    public static Metric get(String name, Loss loss, Shape outputShape) {
        String key = name.toLowerCase(Locale.ROOT);
        switch (key) {
            case "accuracy":
            case "acc":
                Integer last = outputShape.dim(outputShape.rank() - 1);
                if (last != null && last == 1 || loss != null && loss.name().equals("binary_crossentropy")) {
                    return binaryAccuracy(name);
                }
                if (loss != null && loss.name().equals("sparse_categorical_crossentropy")) {
                    return sparseCategoricalAccuracy(name);
                }
                return categoricalAccuracy(name);
            case "binary_accuracy":
                return binaryAccuracy(name);
            case "categorical_accuracy":
                return categoricalAccuracy(name);
            case "sparse_categorical_accuracy":
                return sparseCategoricalAccuracy(name);
            case "top_k_categorical_accuracy":
                return new MeanMetric(name, (y, p) -> inTopK(argmax(y), p, DEFAULT_TOP_K));
            case "sparse_top_k_categorical_accuracy":
                return new MeanMetric(name, (y, p) -> inTopK(y.reshape(-1), p, DEFAULT_TOP_K));
            case "mae":
            case "mean_absolute_error":
                return new MeanMetric(name, (y, p) -> lastAxisMean(Transforms.abs(p.sub(like(y, p)), false)));
            case "mse":
            case "mean_squared_error":
                return new MeanMetric(name, (y, p) -> {
                    INDArray d = p.sub(like(y, p));
                    return lastAxisMean(d.muli(d));
                });
            case "auc":
                return new ConfusionMetric(name, ConfusionMetric.Kind.AUC);
            case "precision":
                return new ConfusionMetric(name, ConfusionMetric.Kind.PRECISION);
            case "recall":
                return new ConfusionMetric(name, ConfusionMetric.Kind.RECALL);
            default:
                throw new InvalidLayerArgumentException("Unknown metric function: '" + name + "'. Expected one of"
                        + " accuracy, binary_accuracy, categorical_accuracy, sparse_categorical_accuracy,"
                        + " top_k_categorical_accuracy, sparse_top_k_categorical_accuracy, mae, mse, auc, precision,"
                        + " recall.");
        }
    }

    private static Metric binaryAccuracy(String name) {
        return new MeanMetric(name, (y, p) -> {
            INDArray predicted = Transforms.step(p.sub(0.5), false);
            INDArray equal = predicted.eq(like(y, p)).castTo(DataType.DOUBLE);
            return lastAxisMean(equal);
        });
    }

    private static Metric categoricalAccuracy(String name) {
        return new MeanMetric(name, (y, p) -> argmax(y).eq(argmax(p)).castTo(DataType.DOUBLE));
    }

    private static Metric sparseCategoricalAccuracy(String name) {
        return new MeanMetric(name, (y, p) -> y.reshape(-1).castTo(DataType.LONG).eq(argmax(p))
                .castTo(DataType.DOUBLE));
    }

    /** The index of the largest value on the last axis, one per row. */
    private static INDArray argmax(INDArray a) {
        return a.reshape('c', -1, a.size(a.rank() - 1)).argMax(1).castTo(DataType.LONG);
    }

    /** 1 where the label's score is among the k largest of its row (ties count for the label, as TensorFlow). */
    private static INDArray inTopK(INDArray labels, INDArray p, int k) {
        INDArray rows = p.reshape('c', -1, p.size(p.rank() - 1)).castTo(DataType.DOUBLE);
        long[] label = labels.castTo(DataType.LONG).toLongVector();
        double[] hits = new double[label.length];
        for (int i = 0; i < label.length; i++) {
            double[] row = rows.getRow(i).toDoubleVector();
            double target = row[(int) label[i]];
            int above = 0;
            for (double v : row) {
                if (v > target) {
                    above++;
                }
            }
            hits[i] = above < k ? 1.0 : 0.0;
        }
        return org.nd4j.linalg.factory.Nd4j.createFromArray(hits);
    }

    private static INDArray like(INDArray y, INDArray p) {
        INDArray cast = y.castTo(p.dataType());
        if (java.util.Arrays.equals(cast.shape(), p.shape())) {
            return cast;
        }
        if (cast.length() == p.size(0) && p.rank() == 2) {
            // Labels of shape (batch) against (batch, k) predictions broadcast along the last axis, as in Keras.
            return cast.reshape(p.size(0), 1).broadcast(p.shape());
        }
        return cast.reshape('c', p.shape());
    }

    private static INDArray lastAxisMean(INDArray a) {
        return a.rank() == 1 ? a : a.reshape('c', -1, a.size(a.rank() - 1)).mean(1);
    }
}
