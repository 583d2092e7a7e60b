package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.errors.WeightMismatchException;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.regularization.Dropout;
import org.nd4j.linalg.api.ndarray.INDArray;

/** save_weights / load_weights in Keras 2's HDF5 layout, checked with h5py and h5dump. */
class WeightsFileTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    @Test
    void savedLayoutIsKerasExactlyAsH5pySeesIt() {
        Sequential model = TestModels.mlp();
        TestModels.fill(model, 0.5f);
        Path file = dir.resolve("w.h5");
        Weights.save(model, file);

        List<INDArray> w = model.getWeights();
        List<String> expected = List.of(
                "attr / backend vlen nullterm ascii () tensorflow",
                "attr / keras_version vlen nullterm ascii () 2.6.0",
                "attr / layer_names fixed7 nullpad ascii (3,) [dense, dropout, dense_1]",
                "group /dense",
                "attr /dense weight_names fixed14 nullpad ascii (2,) [dense/kernel:0, dense/bias:0]",
                "group /dense/dense",
                "dataset /dense/dense/bias:0 <f4 (3,) contiguous " + H5Reference.sha256(w.get(1)),
                "dataset /dense/dense/kernel:0 <f4 (4, 3) contiguous " + H5Reference.sha256(w.get(0)),
                "group /dense_1",
                "attr /dense_1 weight_names fixed16 nullpad ascii (2,) [dense_1/kernel:0, dense_1/bias:0]",
                "group /dense_1/dense_1",
                "dataset /dense_1/dense_1/bias:0 <f4 (2,) contiguous " + H5Reference.sha256(w.get(3)),
                "dataset /dense_1/dense_1/kernel:0 <f4 (3, 2) contiguous " + H5Reference.sha256(w.get(2)),
                "group /dropout",
                "attr /dropout weight_names <f8 (0,) []");
        assertEquals(expected, H5Reference.describe(file));
    }

    @Test
    void h5dumpReadsTheSameTypes() {
        Sequential model = TestModels.mlp();
        Path file = dir.resolve("w.h5");
        Weights.save(model, file);
        String header = H5Reference.h5dumpHeader(file).replaceAll("\\s+", " ");
        assertTrue(header.contains("ATTRIBUTE \"layer_names\" { DATATYPE H5T_STRING { STRSIZE 7; STRPAD H5T_STR_NULLPAD;"
                + " CSET H5T_CSET_ASCII; CTYPE H5T_C_S1; } DATASPACE SIMPLE { ( 3 ) / ( 3 ) }"), header);
        assertTrue(header.contains("ATTRIBUTE \"backend\" { DATATYPE H5T_STRING { STRSIZE H5T_VARIABLE; STRPAD"
                + " H5T_STR_NULLTERM; CSET H5T_CSET_ASCII; CTYPE H5T_C_S1; } DATASPACE SCALAR"), header);
        assertTrue(header.contains("GROUP \"dense\" { DATASET \"bias:0\" { DATATYPE H5T_IEEE_F32LE DATASPACE SIMPLE"
                + " { ( 3 ) / ( 3 ) } } DATASET \"kernel:0\" { DATATYPE H5T_IEEE_F32LE DATASPACE SIMPLE { ( 4, 3 ) /"
                + " ( 4, 3 ) } }"), header);
        assertTrue(header.contains("GROUP \"dropout\" { ATTRIBUTE \"weight_names\" { DATATYPE H5T_IEEE_F64LE"
                + " DATASPACE SIMPLE { ( 0 ) / ( 0 ) } }"), header);
    }

    @Test
    void functionalModelListsInputLayerAndPutsMovingStatisticsLast() {
        Model model = TestModels.functionalWithBatchNorm();
        Path file = dir.resolve("w.h5");
        Weights.save(model, file);
        List<String> lines = H5Reference.describe(file);
        assertTrue(lines.contains("attr / layer_names fixed19 nullpad ascii (4,) [input_1, dense, "
                + "batch_normalization, dense_1]"), lines.toString());
        assertTrue(lines.contains("attr /batch_normalization weight_names fixed37 nullpad ascii (4,) "
                + "[batch_normalization/gamma:0, batch_normalization/beta:0, batch_normalization/moving_mean:0, "
                + "batch_normalization/moving_variance:0]"), lines.toString());
        assertTrue(lines.contains("attr /input_1 weight_names <f8 (0,) []"), lines.toString());
    }

    @Test
    void saveThenLoadByPositionIsExact() {
        Model saved = TestModels.functionalWithBatchNorm();
        TestModels.fill(saved, 0.25f);
        Path file = dir.resolve("w.h5");
        Weights.save(saved, file);
        Keras.clearSession();
        Model loaded = TestModels.functionalWithBatchNorm();
        Weights.load(loaded, file);
        assertArraysEqual(saved.getWeights(), loaded.getWeights());
    }

    @Test
    void positionLoadIgnoresNamesAndWeightlessLayers() {
        Sequential saved = TestModels.mlp();
        TestModels.fill(saved, 2f);
        Path file = dir.resolve("w.h5");
        Weights.save(saved, file);
        Sequential other = new Sequential(new Dense(3).inputShape(4).name("first"), new Dense(2).name("second"));
        Weights.load(other, file);
        assertArraysEqual(saved.getWeights(), other.getWeights());
    }

    @Test
    void positionLoadCountErrorsUseKerasWording() {
        Path file = dir.resolve("w.h5");
        Weights.save(TestModels.mlp(), file);
        Sequential three = new Sequential(new Dense(3).inputShape(4), new Dense(2), new Dense(1));
        WeightMismatchException e = assertThrows(WeightMismatchException.class, () -> Weights.load(three, file));
        assertEquals("You are trying to load a weight file containing 2 layers into a model with 3 layers.",
                e.getMessage());
        Sequential wrongShape = new Sequential(new Dense(4).inputShape(4).name("probe"), new Dense(2));
        e = assertThrows(WeightMismatchException.class, () -> Weights.load(wrongShape, file));
        assertEquals("Cannot assign to variable probe/kernel:0 due to variable shape (4, 4) and value shape"
                + " (4, 3) are incompatible", e.getMessage());
    }

    @Test
    void byNameLoadsMatchingLayersAndSkipsMismatchesWithWarnings() {
        Sequential saved = TestModels.mlp();
        TestModels.fill(saved, 1f);
        Path file = dir.resolve("w.h5");
        Weights.save(saved, file);
        Keras.clearSession();
        Sequential target = new Sequential(new Dense(3).inputShape(4), new Dense(7).name("dense_1"),
                new Dense(2).name("unrelated"));
        INDArray before = target.getLayer("dense_1").getWeights().get(0).dup();

        WeightMismatchException e = assertThrows(WeightMismatchException.class,
                () -> Weights.load(target, file, true, false));
        assertEquals("Layer #2 (named \"dense_1\"), weight <tf.Variable 'dense_1/kernel:0' shape=(3, 7)"
                + " dtype=float32> has shape (3, 7), but the saved weight has shape (3, 2).", e.getMessage());

        List<String> warnings = Weights.load(target, file, true, true);
        assertEquals(List.of(
                "Skipping loading of weights for layer dense_1 due to mismatch in shape ((3, 7) vs (3, 2)).",
                "Skipping loading of weights for layer dense_1 due to mismatch in shape ((7,) vs (2,))."), warnings);
        assertArraysEqual(saved.getLayer("dense").getWeights(), target.getLayer("dense").getWeights());
        assertEquals(before, target.getLayer("dense_1").getWeights().get(0));
    }

    @Test
    void byNameCountMismatch() {
        Path file = dir.resolve("w.h5");
        Weights.save(TestModels.mlp(), file);
        Sequential target = new Sequential(new Dense(3).useBias(false).inputShape(4).name("dense"));
        WeightMismatchException e = assertThrows(WeightMismatchException.class,
                () -> Weights.load(target, file, true, false));
        assertEquals("Layer #0 (named \"dense\") expects 1 weight(s), but the saved weights have 2 element(s).",
                e.getMessage());
        assertEquals(List.of(), Weights.load(new Sequential(new Dense(3).inputShape(4).name("zzz")), file, true,
                true));
    }

    @Test
    void skipMismatchNeedsByName() {
        Path file = dir.resolve("w.h5");
        Weights.save(TestModels.mlp(), file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Weights.load(TestModels.mlp(), file, false, true));
        assertEquals("When calling model.load_weights, skip_mismatch can only be set to True when by_name is True.",
                e.getMessage());
    }

    @Test
    void longLayerNameListsAreSplitAsKerasDoes() {
        List<org.layerwright.core.Layer> layers = new ArrayList<>();
        layers.add(new Dense(2).inputShape(3));
        for (int i = 0; i < 1200; i++) {
            layers.add(new Dropout(0.1).name(String.format("a_rather_long_layer_name_to_fill_the_header_%04d", i)));
        }
        Sequential model = new Sequential(layers);
        Path file = dir.resolve("long.h5");
        Weights.save(model, file);
        String out = H5Reference.python("layer_names.py", file.toString());
        // 1201 names of 48 bytes = 57,648 bytes fit in one attribute; 1401 (67,248 bytes) do not.
        assertEquals("layer_names 1201 48", out);

        for (int i = 1200; i < 1400; i++) {
            model.add(new Dropout(0.1).name(String.format("a_rather_long_layer_name_to_fill_the_header_%04d", i)));
        }
        Weights.save(model, file);
        assertEquals("layer_names0 701 48\nlayer_names1 700 48", H5Reference.python("layer_names.py",
                file.toString()));
        Keras.clearSession();
        assertEquals(1401, Weights.read(file).layerNames().size());
        Sequential small = new Sequential(new Dense(2).inputShape(3));
        Weights.load(small, file);
        assertArraysEqual(model.getWeights(), small.getWeights());
    }

    @Test
    void variableLengthNameListsAndFixedLengthVersionsAreRead() {
        Path file = dir.resolve("vlen.h5");
        H5Reference.python("make_vlen_weights.py", file.toString());
        SavedWeights saved = Weights.read(file);
        assertEquals(List.of("dense", "dropout"), saved.layerNames());
        assertEquals("2.6.0", saved.kerasVersion());
        assertEquals("tensorflow", saved.backend());
        Sequential model = new Sequential(new Dense(3).inputShape(4), new Dropout(0.5));
        Weights.load(model, file, true, false);
        assertEquals(0.5f + 0.01f * 7, model.getWeights().get(0).getFloat(2, 1), 1e-7f);
        assertEquals(0.5f + 0.01f * 2, model.getWeights().get(1).getFloat(2), 1e-7f);
    }

    @Test
    void writesGoThroughATemporaryFileRenamedIntoPlace() throws Exception {
        Path file = dir.resolve("w.h5");
        Files.writeString(file, "old");
        Weights.save(TestModels.mlp(), file);
        assertNotEquals("old", new String(Files.readAllBytes(file), 0, 3));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    static void assertArraysEqual(List<INDArray> expected, List<INDArray> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "array " + i);
        }
    }
}
