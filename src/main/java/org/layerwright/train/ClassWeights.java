package org.layerwright.train;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Keras's class_weight: each sample's loss is weighted by the weight of its class (missing classes weigh 1). */
final class ClassWeights {
    private ClassWeights() {
    }

    /** Per-sample weights for targets of class indices (batch) / (batch, 1), or one-hot rows (argmax). */
    static INDArray sampleWeights(Map<Integer, Double> classWeight, INDArray targets) {
        if (classWeight == null || classWeight.isEmpty()) {
            return null;
        }
        long batch = targets.size(0);
        INDArray rows = targets.reshape('c', batch, -1);
        long[] classes = rows.size(1) == 1 ? rows.reshape(-1).castTo(DataType.DOUBLE).toLongVector()
                : rows.argMax(1).castTo(DataType.LONG).toLongVector();
        double[] weights = new double[(int) batch];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = classWeight.getOrDefault((int) classes[i], 1.0);
        }
        return Nd4j.createFromArray(weights);
    }
}
