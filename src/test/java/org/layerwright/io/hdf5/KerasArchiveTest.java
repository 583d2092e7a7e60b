package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.errors.WeightMismatchException;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.io.InvalidModelFileException;

/** The Keras 3 .keras archive: zip entries, the layers/<name>/vars/<i> weights layout, round trips. */
class KerasArchiveTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    @Test
    void archiveHasKeras3EntriesAndWeightsLayout() throws Exception {
        Model model = TestModels.functionalWithBatchNorm();
        TestModels.fill(model, 0.5f);
        Path file = dir.resolve("m.keras");
        KerasArchive.write(model, file);
        assertEquals("metadata.json 0 keras_version,date_saved\nconfig.json 0 class_name,config\nmodel.weights.h5 0",
                H5Reference.python("zip_listing.py", file.toString()));

        Path h5 = dir.resolve("model.weights.h5");
        Files.write(h5, KerasArchive.entries(file).get("model.weights.h5"));
        List<String> lines = H5Reference.describe(h5);
        var w = model.getWeights();
        assertEquals(List.of(
                "group /layers",
                "group /layers/batch_normalization",
                "group /layers/batch_normalization/vars",
                "dataset /layers/batch_normalization/vars/0 <f4 (5,) contiguous " + H5Reference.sha256(w.get(2)),
                "dataset /layers/batch_normalization/vars/1 <f4 (5,) contiguous " + H5Reference.sha256(w.get(3)),
                "dataset /layers/batch_normalization/vars/2 <f4 (5,) contiguous " + H5Reference.sha256(w.get(4)),
                "dataset /layers/batch_normalization/vars/3 <f4 (5,) contiguous " + H5Reference.sha256(w.get(5)),
                "group /layers/dense",
                "group /layers/dense/vars",
                "dataset /layers/dense/vars/0 <f4 (8, 5) contiguous " + H5Reference.sha256(w.get(0)),
                "dataset /layers/dense/vars/1 <f4 (5,) contiguous " + H5Reference.sha256(w.get(1)),
                "group /layers/dense_1",
                "group /layers/dense_1/vars",
                "dataset /layers/dense_1/vars/0 <f4 (5, 2) contiguous " + H5Reference.sha256(w.get(6)),
                "dataset /layers/dense_1/vars/1 <f4 (2,) contiguous " + H5Reference.sha256(w.get(7)),
                "group /layers/input_layer",
                "group /layers/input_layer/vars",
                "group /vars"), lines);
    }

    @Test
    void rnnCellWeightsLiveUnderCell() throws Exception {
        Sequential model = new Sequential(new LSTM(4).inputShape(3, 2), new Dense(1));
        Path file = dir.resolve("m.keras");
        KerasArchive.write(model, file);
        Path h5 = dir.resolve("model.weights.h5");
        Files.write(h5, KerasArchive.entries(file).get("model.weights.h5"));
        List<String> lines = H5Reference.describe(h5);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dataset /layers/lstm/cell/vars/1 <f4 (4, 16) ")),
                lines.toString());
        assertTrue(lines.contains("group /layers/lstm/vars"), lines.toString());
    }

    @Test
    void writeThenReadIsExact() {
        Model model = TestModels.functionalWithBatchNorm();
        TestModels.fill(model, 1.5f);
        Path file = dir.resolve("m.keras");
        KerasArchive.write(model, file);
        Keras.clearSession();
        Model loaded = KerasArchive.read(file);
        assertEquals(model.toJson(), loaded.toJson());
        WeightsFileTest.assertArraysEqual(model.getWeights(), loaded.getWeights());
    }

    @Test
    void weightCountMismatchUsesKeras3Wording() throws Exception {
        Sequential model = new Sequential(new Dense(3).inputShape(4));
        Path file = dir.resolve("m.keras");
        KerasArchive.write(model, file);
        Map<String, byte[]> entries = KerasArchive.entries(file);
        String config = new String(entries.get("config.json"), StandardCharsets.UTF_8)
                .replace("\"use_bias\": true", "\"use_bias\": false");
        H5Group weights = new H5Group();
        weights.groupPath("layers/dense/vars");
        Path broken = dir.resolve("broken.keras");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("config.json"));
            zip.write(config.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("model.weights.h5"));
            Path h5 = dir.resolve("w.h5");
            H5Writer.write(weights, h5);
            zip.write(Files.readAllBytes(h5));
        }
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> KerasArchive.read(broken));
        assertTrue(e.getCause() instanceof WeightMismatchException);
        assertEquals(broken + ": Layer 'dense' expected 1 variables, but received 0 variables during loading. Expected:"
                + " ['kernel']", e.getMessage());
    }

    @Test
    void keras3WeightsFilesHaveTheArchiveLayoutAndLoadByStructure() {
        Model model = TestModels.functionalWithBatchNorm();
        TestModels.fill(model, 2.5f);
        Path file = dir.resolve("m.weights.h5");
        Weights.saveKeras3(model, file);
        List<String> lines = H5Reference.describe(file);
        assertEquals("group /layers", lines.get(0));
        assertTrue(lines.contains("group /layers/input_layer/vars"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dataset /layers/dense_1/vars/0 <f4 (5, 2) ")));
        Keras.clearSession();
        Model other = TestModels.functionalWithBatchNorm();
        Weights.load(other, file);
        WeightsFileTest.assertArraysEqual(model.getWeights(), other.getWeights());
    }

    @Test
    void notAnArchive() throws Exception {
        Path file = dir.resolve("x.keras");
        Files.writeString(file, "hello");
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> KerasArchive.read(file));
        assertEquals(file + ": not a .keras archive (no zip entries found).", e.getMessage());
    }
}
