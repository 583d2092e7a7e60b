package org.layerwright.app.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.layerwright.core.Shape;
import org.layerwright.train.data.Dataset;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What the dashboard shows about a data set before training: its size, the input shape it gives (batch axis None),
 * the number of classes when the labels are class indices, and a preview (first images, or first rows).
 *
 * @param classCount the number of classes (largest label + 1) when every label is a whole number, else 0
 * @param labelWidth values per label: 1 for class indices or a target, the number of classes for one-hot labels
 */
public record DataSummary(String name, int samples, Shape inputShape, int classCount, int labelWidth,
        List<SampleImage> images, List<String> rows) {
    private static final int PREVIEW = 12;

    /** Summarises {@code data} (reads only the first samples for the preview, and the labels). */
    public static DataSummary of(Dataset data) {
        INDArray x = data.x();
        long[] shape = x.shape();
        Integer[] dims = new Integer[shape.length];
        for (int i = 1; i < shape.length; i++) {
            dims[i] = (int) shape[i];
        }
        long[] sampleShape = Arrays.copyOfRange(shape, 1, shape.length);
        int count = Math.min(PREVIEW, data.size());
        List<SampleImage> images = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        float[] labels = data.y().reshape(data.y().length()).toFloatVector();
        int labelWidth = (int) (data.y().length() / Math.max(1, data.size()));
        for (int i = 0; i < count; i++) {
            float[] values = x.slice(i).dup().reshape(-1).toFloatVector();
            SampleImage image = SampleImage.of(sampleShape, values);
            if (image != null) {
                images.add(image);
            }
            rows.add(row(values) + "  →  " + label(labels, i, labelWidth));
        }
        return new DataSummary(data.name(), data.size(), Shape.of(dims), classCount(labels, labelWidth),
                labelWidth, images, rows);
    }

    /** Whole-number labels, one per sample: the largest + 1; one-hot labels: their width; otherwise 0. */
    private static int classCount(float[] labels, int labelWidth) {
        if (labelWidth > 1) {
            return labelWidth;
        }
        int max = 0;
        for (float v : labels) {
            if (v < 0 || v != Math.rint(v) || v > 100_000) {
                return 0;
            }
            max = Math.max(max, (int) v);
        }
        return labels.length == 0 ? 0 : max + 1;
    }

    private static String row(float[] values) {
        StringBuilder s = new StringBuilder();
        int shown = Math.min(8, values.length);
        for (int i = 0; i < shown; i++) {
            s.append(i > 0 ? ", " : "").append(number(values[i]));
        }
        return s.append(values.length > shown ? ", … (" + values.length + " values)" : "").toString();
    }

    private static String label(float[] labels, int sample, int width) {
        if (width == 1) {
            return number(labels[sample]);
        }
        int best = 0;
        for (int k = 1; k < width; k++) {
            if (labels[sample * width + k] > labels[sample * width + best]) {
                best = k;
            }
        }
        return "class " + best;
    }

    private static String number(float v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
