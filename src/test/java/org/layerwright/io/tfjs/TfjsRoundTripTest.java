package org.layerwright.io.tfjs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.io.ModelDocument;
import org.layerwright.io.ModelFiles;
import org.layerwright.io.Models;
import org.layerwright.testing.Golden;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A model written as a TensorFlow.js Layers model reads back with the same weights; the fixtures still open. */
class TfjsRoundTripTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    /** Conv2D (3·3·1·2 + 2) → Flatten → Dense (8·3 + 3), with the weights 0.5·i - 7 in order. */
    private static Sequential convDense() {
        Sequential model = new Sequential(new Conv2D(2, 3, 3).inputShape(4, 4, 1), new Flatten(), new Dense(3));
        List<INDArray> known = new ArrayList<>();
        int i = 0;
        for (INDArray w : model.getWeights()) {
            float[] values = new float[(int) w.length()];
            for (int k = 0; k < values.length; k++) {
                values[k] = 0.5f * i++ - 7f;
            }
            known.add(Nd4j.create(values, w.shape(), DataType.FLOAT));
        }
        model.setWeights(known);
        return model;
    }

    private static float[] allValues(Model model) {
        List<Float> out = new ArrayList<>();
        for (INDArray w : model.getWeights()) {
            for (float f : w.dup('c').data().asFloat()) {
                out.add(f);
            }
        }
        float[] values = new float[out.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = out.get(i);
        }
        return values;
    }

    @Test
    void weightsSurviveTheRoundTrip() throws Exception {
        Sequential model = convDense();
        Path json = dir.resolve("web/model.json");
        ModelFiles.writeTfjs(model, json);
        assertTrue(Files.isRegularFile(dir.resolve("web/group1-shard1of1.bin")));
        if (Files.getFileStore(json).supportsFileAttributeView("posix")) {
            // A web server must be able to serve both files.
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(json)));
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("web/group1-shard1of1.bin"))));
        }
        assertEquals(4L * (20 + 27), Files.size(dir.resolve("web/group1-shard1of1.bin")));
        Keras.clearSession();
        Model back = ModelFiles.read(json);
        assertEquals(model.countParams(), back.countParams());
        assertArrayEquals(allValues(model), allValues(back));
    }

    @Test
    void modelJsonHasTheConverterKeysAndManifest() throws Exception {
        Path json = dir.resolve("model.json");
        ModelFiles.writeTfjs(convDense(), json);
        String text = Files.readString(json);
        assertTrue(text.startsWith("{\"format\": \"layers-model\", \"generatedBy\": \"keras v2.6.0\","
                + " \"convertedBy\": \"Layerwright\", \"modelTopology\": {\"class_name\": \"Sequential\", \"config\":"),
                text);
        assertTrue(text.endsWith("\"keras_version\": \"2.6.0\", \"backend\": \"tensorflow\"}, \"weightsManifest\":"
                + " [{\"paths\": [\"group1-shard1of1.bin\"], \"weights\": [{\"name\": \"conv2d/kernel\", \"shape\":"
                + " [3, 3, 1, 2], \"dtype\": \"float32\"}, {\"name\": \"conv2d/bias\", \"shape\": [2], \"dtype\":"
                + " \"float32\"}, {\"name\": \"dense/kernel\", \"shape\": [8, 3], \"dtype\": \"float32\"}, {\"name\":"
                + " \"dense/bias\", \"shape\": [3], \"dtype\": \"float32\"}]}]}"), text);
    }

    @Test
    void largeModelsAreShardedInFourMebibytePieces() throws Exception {
        // 1100 × 1000 + 1000 float32 values: 4,404,000 bytes, one full 4 MiB shard and a remainder.
        Sequential model = new Sequential(new Dense(1000).inputShape(1100));
        Path json = dir.resolve("model.json");
        ModelFiles.writeTfjs(model, json);
        assertEquals(4L * 1024 * 1024, Files.size(dir.resolve("group1-shard1of2.bin")));
        assertEquals(4_404_000L - 4L * 1024 * 1024, Files.size(dir.resolve("group1-shard2of2.bin")));
        Keras.clearSession();
        Model back = ModelFiles.read(json);
        assertArrayEquals(allValues(model), allValues(back));
    }

    @Test
    void aModelWithoutAnInputShapeWritesAnEmptyWeightGroup() throws Exception {
        Path json = dir.resolve("model.json");
        ModelFiles.writeTfjs(new Sequential(new Dense(3)), json);
        assertTrue(Files.readString(json).endsWith("\"weightsManifest\": [{\"paths\": [], \"weights\": []}]}"));
        assertEquals(1L, Files.list(dir).count());
    }

    @Test
    void theRealTfjsFixturesStillOpenWithoutTheirShards() throws Exception {
        String[][] fixtures = {{"ml5_doodlenet_tfjs_model.json", "544201"}, {"ml5_cvae_decoder_tfjs_model.json",
                null}};
        for (String[] fixture : fixtures) {
            Keras.clearSession();
            Path json = dir.resolve(fixture[0].replace(".json", "")).resolve("model.json");
            Files.createDirectories(json.getParent());
            Files.writeString(json, Golden.read("fixtures/keras/" + fixture[0]));
            ModelDocument lenient = ModelFiles.readDocument(json, true);
            if (fixture[1] != null) {
                assertEquals(Long.parseLong(fixture[1]), lenient.model().countParams());
            }
            String warning = lenient.warnings().get(lenient.warnings().size() - 1);
            assertTrue(warning.startsWith("Weights not loaded: weightsManifest[0].paths: the shard file"
                    + " group1-shard1of1"), warning);
            Keras.clearSession();
            MissingShardException strict = org.junit.jupiter.api.Assertions.assertThrows(MissingShardException.class,
                    () -> ModelFiles.read(json));
            assertTrue(strict.getMessage().startsWith(json + ": weightsManifest[0].paths: the shard file"
                    + " group1-shard1of1"), strict.getMessage());
            assertTrue(strict.getMessage().endsWith("Copy the .bin shard files that were written with this model.json"
                    + " into its folder, or open the model without its weights."), strict.getMessage());
        }
    }

    /** Only writeTfjs writes TensorFlow.js: a plain write of model.json is the Keras JSON tutorials save by that name. */
    @Test
    void aPlainWriteOfModelJsonIsKerasJson() throws Exception {
        Path json = dir.resolve("model.json");
        ModelFiles.write(convDense(), json);
        Map<String, Object> parsed = Models.parseJson(Files.readString(json), json.toString());
        assertEquals("Sequential", parsed.get("class_name"));
        assertFalse(Files.exists(dir.resolve("group1-shard1of1.bin")));
    }

    @Test
    void numpyDecodesTheShardToTheSameNumbers() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is not installed: the numpy check is skipped");
        Sequential model = convDense();
        Path json = dir.resolve("model.json");
        ModelFiles.writeTfjs(model, json);
        String script = "import json, sys\n"
                + "try:\n    import numpy as np\nexcept ImportError:\n    print('NO NUMPY'); sys.exit(0)\n"
                + "m = json.load(open(sys.argv[1]))\n"
                + "g = m['weightsManifest'][0]\n"
                + "data = b''.join(open(sys.argv[2] + '/' + p, 'rb').read() for p in g['paths'])\n"
                + "values = np.frombuffer(data, dtype='<f4')\n"
                + "print(' '.join(repr(float(v)) for v in values))\n";
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", script, json.toString(), dir.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "python3 did not finish within two minutes");
        assertEquals(0, p.exitValue(), err);
        assumeTrue(!out.equals("NO NUMPY"), "numpy is not installed: the numpy check is skipped");
        String[] parts = out.split(" ");
        float[] expected = allValues(model);
        assertEquals(expected.length, parts.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], Float.parseFloat(parts[i]), 0f, "value " + i);
        }
        // Independent of Layerwright's reader: the bytes are little-endian float32 in manifest order.
        ByteBuffer raw = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("group1-shard1of1.bin")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(-7f, raw.getFloat(0));
        assertEquals(-6.5f, raw.getFloat(4));
    }
}
