package org.layerwright.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.io.ModelFiles;

/** The import preview of a TensorFlow.js model.json says whether its weights were read, and if not, why. */
class TfjsImportPreviewTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    @Test
    void weightsReadFromTheShardsAreCounted() {
        Path json = dir.resolve("model.json");
        ModelFiles.writeTfjs(new Sequential(new Dense(4).inputShape(3), new Dense(2)), json);
        Keras.clearSession();
        ImportPreview preview = ModelFileReader.read(json);
        assertEquals("TensorFlow.js model.json", preview.format());
        assertEquals("loaded: 4 tensors read from 1 shard file", preview.weights());
        assertEquals(List.of(), preview.problems());
        assertEquals(2, preview.values().layerCount());
    }

    @Test
    void aMissingShardIsNamedAndTheModelStillOpens() throws Exception {
        Path json = dir.resolve("model.json");
        ModelFiles.writeTfjs(new Sequential(new Dense(4).inputShape(3)), json);
        Files.delete(dir.resolve("group1-shard1of1.bin"));
        Keras.clearSession();
        ImportPreview preview = ModelFileReader.read(json);
        assertEquals(1, preview.layerCount());
        assertTrue(preview.weights().startsWith("not loaded: weightsManifest[0].paths: the shard file"
                + " group1-shard1of1.bin is missing"), preview.weights());
        assertEquals(1, preview.problems().size());
        assertTrue(preview.problems().get(0).startsWith("Weights not loaded: "), preview.problems().get(0));
    }
}
