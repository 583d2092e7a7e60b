package org.layerwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.io.ModelFiles;
import org.nd4j.linalg.api.ndarray.INDArray;

/** {@code layerwright convert model.h5 out/model.json} writes a TensorFlow.js model that summary and read open. */
class ConvertToTfjsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(ConvertToTfjsTest.class.getResource("/fixtures/keras/" + name).toURI());
    }

    @Test
    void hdf5ModelsBecomeTfjsModelsWithTheSameWeights() throws Exception {
        for (String name : List.of("dl4j_k2_cnn_batch_norm_model.h5", "dl4j_tfk224_stacked_bilstm_model.h5")) {
            Keras.clearSession();
            Path h5 = fixture(name);
            Path out = dir.resolve(name.replace(".h5", "")).resolve("out/model.json");
            CliRun convert = CliRun.of("convert", h5.toString(), out.toString(), "--tfjs");
            assertEquals(0, convert.code(), convert.err());
            assertEquals("", convert.out() + convert.err());
            assertTrue(Files.isRegularFile(out.resolveSibling("group1-shard1of1.bin")));

            Keras.clearSession();
            CliRun fromH5 = CliRun.of("summary", h5.toString());
            Keras.clearSession();
            CliRun fromTfjs = CliRun.of("summary", out.toString());
            assertEquals(0, fromTfjs.code(), fromTfjs.err());
            assertEquals(fromH5.out(), fromTfjs.out());

            Keras.clearSession();
            List<INDArray> expected = ModelFiles.read(h5).getWeights();
            Keras.clearSession();
            Model back = ModelFiles.read(out);
            List<INDArray> actual = back.getWeights();
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i).shape(), actual.get(i).shape(), name + " weight " + i);
                assertArrayEquals(expected.get(i).dup('c').data().asFloat(), actual.get(i).dup('c').data().asFloat(),
                        name + " weight " + i);
            }
        }
    }

    @Test
    void aMissingShardIsAOneLineErrorNamingTheFile() throws Exception {
        Path out = dir.resolve("out/model.json");
        assertEquals(0, CliRun.of("convert", fixture("dl4j_k2_cnn_batch_norm_model.h5").toString(),
                out.toString(), "--tfjs").code());
        Files.delete(out.resolveSibling("group1-shard1of1.bin"));
        Keras.clearSession();
        CliRun run = CliRun.of("convert", out.toString(), dir.resolve("again.h5").toString());
        assertEquals(LayerwrightCli.BAD_INPUT, run.code());
        assertTrue(run.err().startsWith("error: " + out + ": weightsManifest[0].paths: the shard file"
                + " group1-shard1of1.bin is missing"), run.err());
    }

    /** Keras tutorials save to_json() as model.json too: without --tfjs, that name stays plain Keras JSON. */
    @Test
    void aModelJsonIsKerasJsonUnlessAskedForTfjs() throws Exception {
        Path out = dir.resolve("keras/model.json");
        Files.createDirectories(out.getParent());
        assertEquals(0, CliRun.of("convert", fixture("dl4j_k2_cnn_batch_norm_model.h5").toString(),
                out.toString()).code());
        assertTrue(Files.readString(out).startsWith("{\"class_name\": \"Sequential\""), Files.readString(out));
        assertTrue(!Files.exists(out.resolveSibling("group1-shard1of1.bin")));
        CliRun yaml = CliRun.of("convert", out.toString(), dir.resolve("m.yaml").toString(), "--tfjs");
        assertEquals(LayerwrightCli.BAD_INPUT, yaml.code());
        assertEquals("error: " + dir.resolve("m.yaml") + ": --tfjs writes a TensorFlow.js model.json; give OUT a"
                + " name ending in .json.", yaml.err().strip());
    }
}
