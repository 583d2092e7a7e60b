package org.layerwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.testing.Golden;

/** {@code layerwright summary}: exact text, JSON for scripts, and one-line errors with exit code 2. */
class SummaryCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsTheKerasSummaryOfAJsonFile() throws Exception {
        Path file = write("model2.json", Golden.read("golden/json/tf26_model2.json"));
        CliRun run = CliRun.of("summary", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(Golden.read("golden/summary/tf26_model2.txt"), run.out());
        CliRun era = CliRun.of("summary", file.toString(), "--style", "tf-2.15");
        assertEquals(Golden.read("golden/summary/tf215_model2.txt"), era.out());
    }

    @Test
    void printsTheKeras3BoxDrawnTable() throws Exception {
        Path file = write("model1.json", Golden.read("golden/json/tf26_model1.json"));
        CliRun run = CliRun.of("summary", file.toString(), "--style", "keras-3");
        assertEquals(0, run.code(), run.err());
        assertEquals(Golden.read("golden/summary/keras3_model1.txt"), run.out());
        CliRun wide = CliRun.of("summary", file.toString(), "--style", "keras-3", "--terminal-width", "120");
        assertEquals(Golden.read("golden/summary/keras3_model1_wide.txt"), wide.out());
        CliRun none = CliRun.of("summary", file.toString(), "--style", "keras-3", "--terminal-width", "0");
        assertEquals(2, none.code());
        assertEquals("error: The terminal width must be at least 1 column, received 0.\n", none.err());
    }

    @Test
    void printsOneJsonObjectForScripts() throws Exception {
        Path file = write("model2.json", Golden.read("golden/json/tf26_model2.json"));
        CliRun run = CliRun.of("summary", file.toString(), "--format", "json");
        assertEquals(0, run.code());
        assertEquals("{\"name\": \"model\", \"layers\": [{\"name\": \"input_1\", \"class_name\": \"InputLayer\","
                + " \"output_shape\": [[null, 16]], \"params\": 0, \"trainable_params\": 0, \"non_trainable_params\":"
                + " 0, \"connected_to\": []}, {\"name\": \"input_2\", \"class_name\": \"InputLayer\", \"output_shape\":"
                + " [[null, 8]], \"params\": 0, \"trainable_params\": 0, \"non_trainable_params\": 0,"
                + " \"connected_to\": []}, {\"name\": \"concatenate\", \"class_name\": \"Concatenate\","
                + " \"output_shape\": [[null, 24]], \"params\": 0, \"trainable_params\": 0, \"non_trainable_params\":"
                + " 0, \"connected_to\": [\"input_1[0][0]\", \"input_2[0][0]\"]}, {\"name\": \"dense\","
                + " \"class_name\": \"Dense\", \"output_shape\": [[null, 1]], \"params\": 25, \"trainable_params\":"
                + " 25, \"non_trainable_params\": 0, \"connected_to\": [\"concatenate[0][0]\"]}], \"total_params\":"
                + " 25, \"trainable_params\": 25, \"non_trainable_params\": 0}\n", run.out());
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwo() {
        Path missing = dir.resolve("nope.json");
        CliRun run = CliRun.of("summary", missing.toString());
        assertEquals(2, run.code());
        assertEquals("error: " + missing + ": no such file. Check the path.\n", run.err());
    }

    @Test
    void aTruncatedFileSaysWhereItBroke() throws Exception {
        String json = Golden.read("golden/json/tf26_model1.json");
        Path file = write("cut.json", json.substring(0, 200));
        CliRun run = CliRun.of("summary", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: " + file + ": not valid JSON at line 1, column 198:"
                + " Unrecognized token 'fal'"), run.err());
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void anImpossibleLayerIsOneLine() throws Exception {
        String json = Golden.read("golden/json/tf26_model1.json").replace("\"units\": 10", "\"units\": 0");
        Path file = write("zero.json", json);
        CliRun run = CliRun.of("summary", file.toString());
        assertEquals(2, run.code());
        assertEquals("error: " + file + ": Invalid value for `units` of Dense: expected a positive integer, received"
                + " units=0. Use 1 or more.\n", run.err());
    }

    @Test
    void anUnknownStyleListsTheStyles() throws Exception {
        Path file = write("model1.json", Golden.read("golden/json/tf26_model1.json"));
        CliRun run = CliRun.of("summary", file.toString(), "--style", "tf-9");
        assertEquals(2, run.code());
        assertEquals("error: --style tf-9: Unknown summary style 'tf-9'. Expected one of: keras-1, keras-2.2,"
                + " tf-2.6, tf-2.12, tf-2.15, keras-3.\n", run.err());
    }

    @Test
    void anUnknownLayerClassIsShownAsUnknownAndNamed() throws Exception {
        String json = Golden.read("golden/json/tf26_model2.json").replace("\"class_name\": \"Concatenate\"",
                "\"class_name\": \"FancyMerge\"");
        Path file = write("fancy.json", json);
        CliRun run = CliRun.of("summary", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("warning: " + file + ": config.layers[2] (layer 'concatenate'): unknown layer class FancyMerge;"
                + " it is kept as it is, shown with an unknown shape (?) and 0 parameters, and cannot be trained.\n",
                run.err());
        assertTrue(run.out().contains("concatenate (FancyMerge)        ?                    0           input_1[0][0]"),
                run.out());
    }
}
