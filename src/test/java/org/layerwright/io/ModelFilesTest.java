package org.layerwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.io.migrate.KerasGeneration;
import org.layerwright.testing.Golden;

/** Files by extension, the document's own keys kept, atomic saves, and errors that name file, place and problem. */
class ModelFilesTest {
    private static final String CANVAS = ", \"layerwright_canvas\": {\"flatten\": [40, 120], \"dense\": [40, 200]}";

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

    private static String withCanvas(String json) {
        return json.substring(0, json.length() - 1) + CANVAS + "}";
    }

    @Test
    void ownTopLevelKeysSurviveAJsonRoundTrip() throws Exception {
        String json = withCanvas(Golden.read("golden/json/tf26_model1.json"));
        ModelDocument doc = ModelFiles.readDocument(write("m.json", json));
        assertEquals(List.of("layerwright_canvas"), List.copyOf(doc.extras().keySet()));
        Path out = dir.resolve("out.json");
        ModelFiles.write(out, doc, KerasGeneration.TF_KERAS_2);
        assertEquals(json, Files.readString(out));
    }

    @Test
    void ownTopLevelKeysSurviveYamlAndKeras3() throws Exception {
        ModelDocument doc = ModelFiles.readDocument(write("m.json", withCanvas(Golden.read(
                "golden/json/tf26_model1.json"))));
        Path yaml = dir.resolve("m.yaml");
        ModelFiles.write(yaml, doc, KerasGeneration.TF_KERAS_2);
        assertTrue(Files.readString(yaml).contains("\nlayerwright_canvas:\n  dense:\n  - 40\n  - 200\n"));
        Keras.clearSession();
        assertEquals(doc.extras(), ModelFiles.readDocument(yaml).extras());
        Path keras3 = dir.resolve("k3.json");
        ModelFiles.write(keras3, doc, KerasGeneration.KERAS_3);
        Keras.clearSession();
        ModelDocument back = ModelFiles.readDocument(keras3);
        assertEquals(KerasGeneration.KERAS_3, back.generation());
        assertEquals(doc.extras(), back.extras());
    }

    @Test
    void savingLeavesNoTemporaryFiles() throws Exception {
        ModelDocument doc = ModelFiles.readDocument(write("m.json", Golden.read("golden/json/tf26_model2.json")));
        Path out = write("out.json", "old content");
        ModelFiles.write(out, doc, KerasGeneration.TF_KERAS_2);
        assertEquals(Golden.read("golden/json/tf26_model2.json"), Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("m.json", "out.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void yamlCannotBeWrittenForKeras3() throws Exception {
        ModelDocument doc = ModelFiles.readDocument(write("m.json", Golden.read("golden/json/tf26_model1.json")));
        Path out = dir.resolve("m.yaml");
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class,
                () -> ModelFiles.write(out, doc, KerasGeneration.KERAS_3));
        assertEquals(out + ": YAML model files only exist in the Keras 2 form (to_yaml() was removed in Keras 2.6)."
                + " Write JSON for Keras 3.", e.getMessage());
    }

    @Test
    void aFileThatIsNotAModelSaysSo() throws Exception {
        Path file = write("data.json", "{\"accuracy\": 0.98, \"epochs\": 3}");
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> ModelFiles.read(file));
        assertEquals(file + ": This is not a Keras model: the top level has no \"class_name\" and \"config\" (found"
                + " keys [accuracy, epochs]). Expected the output of model.to_json() or a TensorFlow.js model.json.",
                e.getMessage());
        assertEquals(file.toString(), e.file());
    }

    @Test
    void aTruncatedFileSaysWhere() throws Exception {
        Path file = write("cut.json", Golden.read("golden/json/tf26_model2.json").substring(0, 300));
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> ModelFiles.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not valid JSON at line 1, column 301: Unexpected end-of-input"),
                e.getMessage());
    }

    @Test
    void anUnknownLayerClassNamesItsPlace() throws Exception {
        String json = Golden.read("golden/json/tf26_model2.json").replace("\"class_name\": \"Dense\"",
                "\"class_name\": \"Dense3000\"");
        Path file = write("m.json", json);
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> ModelFiles.read(file));
        assertEquals(file + ": config.layers[3] (layer 'dense'): unknown layer class Dense3000. Layerwright cannot"
                + " read this layer yet; replace it with a layer from the palette, or check the spelling.",
                e.getMessage());
        assertEquals("config.layers[3] (layer 'dense')", e.place());
    }

    @Test
    void aBadLayerArgumentNamesTheLayer() throws Exception {
        String json = Golden.read("golden/json/tf26_model2.json").replace("\"units\": 1,", "\"units\": \"one\",");
        Path file = write("m.json", json);
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> ModelFiles.read(file));
        assertEquals(file + ": Layer 'dense' (Dense): config key \"units\" is \"one\", expected an integer.",
                e.getMessage());
        assertInstanceOf(InvalidConfigException.class, e.getCause());
    }

    @Test
    void unsupportedExtensionsSaySo() {
        InvalidModelFileException txt = assertThrows(InvalidModelFileException.class,
                () -> ModelFiles.read(dir.resolve("m.txt")));
        assertEquals(dir.resolve("m.txt") + ": unsupported file type. Expected a Keras model file: .json, .yaml, .yml,"
                + " .h5, .hdf5, .weights.h5 or .keras.", txt.getMessage());
    }

    @Test
    void readJsonStillReturnsTheModel() throws Exception {
        Path file = write("m.json", Golden.read("golden/json/tf26_model2.json"));
        assertEquals(25, Models.readJson(file).countParams());
        assertEquals(Map.of(), Models.readJsonDocument(file).extras());
    }
}
