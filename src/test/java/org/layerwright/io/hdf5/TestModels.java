package org.layerwright.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.Input;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.regularization.Dropout;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small models with known weights for the HDF5 tests. */
final class TestModels {
    private TestModels() {
    }

    /** dense (4→3), dropout, dense_1 (3→2). */
    static Sequential mlp() {
        return new Sequential(new Dense(3).inputShape(4), new Dropout(0.5), new Dense(2));
    }

    /** input_1 → dense (5) → batch_normalization → dense_1 (2): a functional model with non-trainable weights. */
    static Model functionalWithBatchNorm() {
        KerasTensor in = Input.of(8);
        KerasTensor x = new Dense(5).apply(in);
        x = new BatchNormalization().apply(x);
        return new Model(in, new Dense(2).apply(x));
    }

    /** Gives every weight distinct, reproducible values: {@code offset + 0.001 × i}, per weight. */
    static void fill(Model model, float offset) {
        int w = 0;
        for (Layer owner : model.weightOwners()) {
            List<INDArray> values = new ArrayList<>();
            for (WeightSpec spec : owner.weightSpecs()) {
                long[] shape = new long[spec.shape().rank()];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = spec.shape().dim(i);
                }
                long n = Math.max(1, spec.size());
                INDArray v = Nd4j.arange(n).castTo(DataType.FLOAT).muli(0.001f).addi(offset + w++);
                values.add(v.reshape('c', shape));
            }
            if (!values.isEmpty()) {
                owner.setWeights(values);
            }
        }
    }
}
