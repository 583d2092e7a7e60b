package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.normalization.BatchNormalization;

/**
 * A model used as a layer: its HDF5 weight_names are every trainable weight of its sublayers, then every
 * non-trainable one (not get_weights() order), and frozen layers count as non-trainable.
 */
class NestedModelWeightsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    private static Model outer() {
        Sequential inner = new Sequential(new BatchNormalization().inputShape(4), new Dense(3));
        KerasTensor in = Input.of(4);
        return new Model(in, new Dense(2).apply(inner.apply(in)));
    }

    @Test
    void nestedWeightNamesAreTrainableFirst() {
        Model model = outer();
        Path file = dir.resolve("w.h5");
        Weights.save(model, file);
        List<String> lines = H5Reference.describe(file);
        assertTrue(lines.contains("attr / layer_names fixed10 nullpad ascii (3,) [input_1, sequential, dense_1]"),
                lines.toString());
        assertTrue(lines.contains("attr /sequential weight_names fixed37 nullpad ascii (6,) "
                + "[batch_normalization/gamma:0, batch_normalization/beta:0, dense/kernel:0, dense/bias:0, "
                + "batch_normalization/moving_mean:0, batch_normalization/moving_variance:0]"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dataset /sequential/dense/kernel:0 <f4 (4, 3) ")),
                lines.toString());
    }

    @Test
    void nestedRoundTripsExactlyByPositionAndByName() {
        Model saved = outer();
        TestModels.fill(saved, 0.1f);
        Path file = dir.resolve("w.h5");
        Weights.save(saved, file);
        for (boolean byName : new boolean[] {false, true}) {
            Keras.clearSession();
            Model loaded = outer();
            Weights.load(loaded, file, byName, false);
            WeightsFileTest.assertArraysEqual(saved.getWeights(), loaded.getWeights());
        }
    }

    @Test
    void frozenLayerWeightsAreListedAfterTrainableOnes() {
        Keras.clearSession();
        Sequential inner = new Sequential(new Dense(3).inputShape(4), new Dense(2));
        inner.layers().get(0).trainable(false);
        KerasTensor in = Input.of(4);
        Model model = new Model(in, inner.apply(in));
        Path file = dir.resolve("w.h5");
        Weights.save(model, file);
        assertTrue(H5Reference.describe(file).contains("attr /sequential weight_names fixed16 nullpad ascii (4,) "
                + "[dense_1/kernel:0, dense_1/bias:0, dense/kernel:0, dense/bias:0]"));
        assertEquals(4, Weights.read(file).layers().get(1).values().size());
    }
}
