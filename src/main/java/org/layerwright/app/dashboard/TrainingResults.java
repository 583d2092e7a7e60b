package org.layerwright.app.dashboard;

import java.util.List;
import java.util.Map;

/**
 * What a run leaves: the last epoch's loss and metrics, and, measured on the validation samples (or the training
 * samples without a validation split), a confusion matrix for classification and a few sample predictions.
 *
 * @param confusion counts[true class][predicted class], or null when the task is not classification
 * @param evaluatedOn which samples the matrix and predictions come from, in words
 */
public record TrainingResults(Map<String, Double> finalLogs, int[][] confusion, List<String> classNames,
        List<SamplePrediction> samples, String evaluatedOn) {
    /** The number of evaluated samples on the matrix's diagonal divided by all of them; NaN without a matrix. */
    public double confusionAccuracy() {
        if (confusion == null) {
            return Double.NaN;
        }
        long right = 0;
        long all = 0;
        for (int t = 0; t < confusion.length; t++) {
            for (int p = 0; p < confusion[t].length; p++) {
                all += confusion[t][p];
                right += t == p ? confusion[t][p] : 0;
            }
        }
        return all == 0 ? Double.NaN : (double) right / all;
    }

    /** The sum of every cell of the matrix (0 without one). */
    public long confusionTotal() {
        long all = 0;
        if (confusion != null) {
            for (int[] row : confusion) {
                for (int count : row) {
                    all += count;
                }
            }
        }
        return all;
    }
}
