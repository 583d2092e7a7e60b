package org.layerwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.testing.Golden;

/** {@code layerwright convert IN OUT}: formats by extension, Keras generations, one-line errors with exit 2. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void tfKeras26JsonIsReproducedByteForByte() throws Exception {
        for (String golden : new String[] {"golden/json/tf26_model1.json", "golden/json/tf26_model2.json"}) {
            Path in = write("a.json", Golden.read(golden));
            Path out = dir.resolve("b.json");
            CliRun run = CliRun.of("convert", in.toString(), out.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals("", run.out() + run.err());
            assertEquals(Files.readString(in), Files.readString(out));
        }
    }

    @Test
    void keras1JsonBecomesTfKerasYamlAndBack() throws Exception {
        Path in = write("k1.json", Golden.read("fixtures/keras/dl4j_k1_mnist_cnn_tf_config.json"));
        Path yaml = dir.resolve("m.yml");
        assertEquals(0, CliRun.of("convert", in.toString(), yaml.toString()).code());
        assertTrue(Files.readString(yaml).contains("  - class_name: Conv2D\n    config:\n      activation: linear\n"));
        Path json = dir.resolve("m.json");
        Keras.clearSession();
        assertEquals(0, CliRun.of("convert", yaml.toString(), json.toString()).code());
        assertTrue(Files.readString(json).startsWith("{\"class_name\": \"Sequential\", \"config\": {\"name\":"
                + " \"sequential\", \"layers\": [{\"class_name\": \"InputLayer\""));
    }

    @Test
    void kerasVersionPicksTheJsonGeneration() throws Exception {
        Path in = write("a.json", Golden.read("golden/json/tf26_model2.json"));
        Path k3 = dir.resolve("k3.json");
        assertEquals(0, CliRun.of("convert", in.toString(), k3.toString(), "--keras-version", "3").code());
        assertTrue(Files.readString(k3).startsWith("{\"module\": \"keras.src.models.functional\""));
        Path k215 = dir.resolve("k215.json");
        assertEquals(0, CliRun.of("convert", in.toString(), k215.toString(), "--keras-version", "2.15").code());
        assertTrue(Files.readString(k215).contains("\"keras_version\": \"2.15.0\""));
        Path back = dir.resolve("back.json");
        Keras.clearSession();
        assertEquals(0, CliRun.of("convert", k3.toString(), back.toString()).code());
        assertEquals(Files.readString(in), Files.readString(back));
    }

    @Test
    void unsupportedExtensionIsOneLineAndExitCodeTwo() throws Exception {
        Path in = write("a.json", Golden.read("golden/json/tf26_model1.json"));
        Path out = dir.resolve("a.onnx");
        CliRun run = CliRun.of("convert", in.toString(), out.toString());
        assertEquals(2, run.code());
        assertEquals("error: " + out + ": unsupported file type. Expected a Keras model file: .json, .yaml, .yml, .h5,"
                + " .hdf5, .weights.h5 or .keras.\n", run.err());
        assertFalse(Files.exists(out));
    }

    /** JSON to a full HDF5 model (freshly initialised weights) and to a .keras archive, and back to the same JSON. */
    @Test
    void jsonToHdf5AndKerasArchiveAndBack() throws Exception {
        Path in = write("a.json", Golden.read("golden/json/tf26_model2.json"));
        for (String name : new String[] {"a.h5", "a.keras"}) {
            Path file = dir.resolve(name);
            assertEquals(0, CliRun.of("convert", in.toString(), file.toString()).code(), name);
            Path back = dir.resolve(name + ".json");
            CliRun run = CliRun.of("convert", file.toString(), back.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals(Files.readString(in), Files.readString(back), name);
        }
        Path weights = dir.resolve("a.weights.h5");
        assertEquals(0, CliRun.of("convert", in.toString(), weights.toString()).code());
        CliRun refused = CliRun.of("convert", weights.toString(), dir.resolve("b.json").toString());
        assertEquals(2, refused.code());
        assertEquals("error: " + weights + ": this file holds weights only, not a model. Open the model (.json, .h5 or"
                + " .keras) and load these weights into it.\n", refused.err());
    }

    @Test
    void unknownKerasVersionListsTheChoices() throws Exception {
        Path in = write("a.json", Golden.read("golden/json/tf26_model1.json"));
        CliRun run = CliRun.of("convert", in.toString(), dir.resolve("b.json").toString(), "--keras-version", "2.9");
        assertEquals(2, run.code());
        assertEquals("error: --keras-version 2.9: unknown Keras version '2.9'. Expected 2.6, 2.15 or 3.\n", run.err());
    }

    @Test
    void aBadInputFileIsOneLine() throws Exception {
        Path in = write("a.json", "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\":"
                + " \"Wormhole\", \"config\": {\"name\": \"w\"}}]}}");
        CliRun run = CliRun.of("convert", in.toString(), dir.resolve("b.json").toString());
        assertEquals(2, run.code());
        assertEquals("error: " + in + ": config.layers[0] (layer 'w'): unknown layer class Wormhole. Layerwright"
                + " cannot read this layer yet; replace it with a layer from the palette, or check the spelling.\n",
                run.err());
    }
}
