package org.layerwright.app.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerwright.train.Trainer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Computes a run's results on the training thread: predictions for the validation samples (or the first training
 * samples), a confusion matrix when the labels are classes, and the first few samples with their predictions.
 */
final class ResultsCalculator {
    /** Enough samples for a meaningful matrix, few enough to predict in a moment. */
    private static final int MAX_EVALUATED = 2000;
    private static final int SAMPLES_SHOWN = 16;

    private ResultsCalculator() {
    }

    static TrainingResults compute(Trainer trainer, INDArray x, INDArray y, double validationSplit,
            DataSummary data, List<String> classNames, Map<String, Double> finalLogs) {
        int count = (int) x.size(0);
        int from = validationSplit > 0 ? (int) Math.floor(count * (1.0 - validationSplit)) : 0;
        int to = Math.min(count, from + MAX_EVALUATED);
        String evaluatedOn = (to - from) + (validationSplit > 0 ? " validation samples" : " training samples");
        INDArray xs = x.get(NDArrayIndex.interval(from, to)).dup();
        INDArray ys = y.get(NDArrayIndex.interval(from, to)).dup();
        INDArray predicted = trainer.predict(xs, 256);
        int n = to - from;
        int outputs = (int) (predicted.length() / Math.max(1, n));
        float[] scores = predicted.reshape((long) n * outputs).toFloatVector();
        float[] labels = ys.reshape(ys.length()).toFloatVector();
        boolean classes = data.classCount() >= 2;
        int[] truth = classes ? classesOf(labels, data.labelWidth(), n) : null;
        int[] guess = classes ? classesOf(scores, outputs, n) : null;
        int[][] confusion = null;
        if (classes) {
            int k = Math.max(data.classCount(), Math.max(outputs, 2));
            confusion = new int[k][k];
            for (int i = 0; i < n; i++) {
                confusion[truth[i]][guess[i]]++;
            }
        }
        List<SamplePrediction> samples = new ArrayList<>();
        long[] sampleShape = Arrays.copyOfRange(x.shape(), 1, x.rank());
        for (int i = 0; i < Math.min(SAMPLES_SHOWN, n); i++) {
            float[] values = xs.slice(i).dup().reshape(-1).toFloatVector();
            SampleImage image = SampleImage.of(sampleShape, values);
            String features = image != null ? "" : preview(values);
            if (classes) {
                samples.add(new SamplePrediction(image, features, name(classNames, truth[i]),
                        name(classNames, guess[i]), truth[i] == guess[i]));
            } else {
                samples.add(new SamplePrediction(image, features, number(labels[i * data.labelWidth()]),
                        number(scores[i * outputs]), false));
            }
        }
        return new TrainingResults(finalLogs, confusion, classNames, samples, evaluatedOn);
    }

    /** Class indices: the value itself for one value per sample (a single sigmoid output: 1 at 0.5 and above). */
    private static int[] classesOf(float[] values, int width, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (width == 1) {
                float v = values[i];
                out[i] = v == Math.rint(v) ? Math.max(0, (int) v) : v >= 0.5f ? 1 : 0;
                continue;
            }
            int best = 0;
            for (int k = 1; k < width; k++) {
                if (values[i * width + k] > values[i * width + best]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static String name(List<String> classNames, int index) {
        return index < classNames.size() ? classNames.get(index) : String.valueOf(index);
    }

    private static String number(float v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String preview(float[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(4, values.length); i++) {
            s.append(i > 0 ? ", " : "").append(number(values[i]));
        }
        return s.append(values.length > 4 ? ", …" : "").toString();
    }
}
