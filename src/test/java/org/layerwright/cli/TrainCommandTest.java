package org.layerwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.reshaping.Flatten;

/** {@code layerwright train}: Keras's epoch lines, the closing throughput line, and one-line errors. */
class TrainCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    private Path irisModel() throws Exception {
        Path file = dir.resolve("iris.json");
        Files.writeString(file, new Sequential(new Dense(16, "relu").inputShape(4), new Dense(3, "softmax"))
                .toJson());
        return file;
    }

    @Test
    void helpListsTheOptionsTheErrorsPointTo() {
        CliRun missing = CliRun.of("train");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("(see 'layerwright train --help')"), missing.err());
        CliRun help = CliRun.of("train", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--data=DATA") && help.out().contains("--save-weights"), help.out());
    }

    /** A model ending in a linear layer learns only when the loss is told it gets logits, as in Keras. */
    @Test
    void fromLogitsTrainsAModelWithALinearOutput() throws Exception {
        Path file = dir.resolve("logits.json");
        Files.writeString(file, new Sequential(new Flatten().inputShape(8, 8), new Dense(10)).toJson());
        CliRun run = CliRun.of("train", file.toString(), "--data", "digits", "--epochs", "3", "--from-logits",
                "--learning-rate", "0.01", "--validation-split", "0.2", "--seed", "2");
        assertEquals(0, run.code(), run.err());
        String epoch3 = run.out().split("\n")[5];
        double accuracy = Double.parseDouble(epoch3.replaceAll(".* val_accuracy: ([0-9.]+).*", "$1"));
        assertTrue(accuracy > 0.8, epoch3); // without --from-logits this model stays near 0.2
        CliRun refused = CliRun.of("train", file.toString(), "--data", "digits", "--loss", "mse", "--from-logits");
        assertEquals(2, refused.code());
        assertEquals("error: " + file + ": from_logits applies to the cross-entropy losses, not to 'mse'. Drop it,"
                + " or use categorical, sparse_categorical or binary_crossentropy.", refused.err().strip());
    }

    /** --seed fixes the first weights as well as the shuffling, so a run can be repeated number for number. */
    @Test
    void theSameSeedRepeatsARunExactly() throws Exception {
        Path model = irisModel();
        String[] args = {"train", model.toString(), "--data", "iris", "--epochs", "2", "--seed", "7"};
        assertEquals(metricsOf(CliRun.of(args).out()), metricsOf(CliRun.of(args).out()));
        args[args.length - 1] = "8";
        String other = metricsOf(CliRun.of(args).out());
        args[args.length - 1] = "7";
        assertTrue(!other.equals(metricsOf(CliRun.of(args).out())), other);
    }

    /** The loss and metric values of each epoch line, without the timings that differ from run to run. */
    private static String metricsOf(String out) {
        return out.lines().filter(line -> line.contains(" - loss: "))
                .map(line -> line.substring(line.indexOf(" - loss: "))).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void trainsIrisAndEndsWithTheThroughputLine() throws Exception {
        CliRun run = CliRun.of("train", irisModel().toString(), "--data", "iris", "--epochs", "2",
                "--batch-size", "16", "--learning-rate", "0.01", "--seed", "3");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(5, lines.length, run.out());
        assertEquals("Epoch 1/2", lines[0]);
        assertTrue(lines[1].matches("10/10 \\[={30}\\] - \\d+s \\d+(ms|us|s)/step - loss: \\d\\.\\d{4}"
                + " - accuracy: \\d\\.\\d{4}"), lines[1]);
        assertEquals("Epoch 2/2", lines[2]);
        assertTrue(lines[4].matches("trained 300 samples in \\d+\\.\\d s: \\d+ samples/s"), lines[4]);
    }

    /** The trained weights land in a Keras save_weights file that loads back into the same architecture. */
    @Test
    void savesTheTrainedWeightsAsKerasHdf5() throws Exception {
        Path model = irisModel();
        Path out = dir.resolve("trained.h5");
        CliRun run = CliRun.of("train", model.toString(), "--data", "iris", "--epochs", "1", "--seed", "3",
                "--save-weights", out.toString());
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("trained "), "the throughput line stays last");
        org.layerwright.core.Model fresh = org.layerwright.io.ModelFiles.read(model);
        org.layerwright.io.hdf5.Weights.load(fresh, out);
        org.layerwright.io.hdf5.SavedWeights saved = org.layerwright.io.hdf5.Weights.read(out);
        assertEquals(java.util.List.of("dense", "dense_1"), saved.layerNames());
        assertEquals(4, fresh.getWeights().size());
    }

    @Test
    void printsValidationValuesAndReshapesImagesToTheModelInput() throws Exception {
        Path file = dir.resolve("digits.json");
        Files.writeString(file, new Sequential(new Flatten().inputShape(64), new Dense(10, "softmax")).toJson());
        CliRun run = CliRun.of("train", file.toString(), "--data", "digits", "--epochs", "1",
                "--validation-split", "0.25", "--metrics", "accuracy,sparse_top_k_categorical_accuracy", "--seed", "1");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[1].matches("43/43 \\[={30}\\] - .* - loss: .* - accuracy: .*"
                + " - sparse_top_k_categorical_accuracy: .* - val_loss: .* - val_accuracy: .*"
                + " - val_sparse_top_k_categorical_accuracy: .*"), lines[1]);
        assertTrue(lines[2].startsWith("trained 1347 samples in "), lines[2]);
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Path model = irisModel();
        CliRun missing = CliRun.of("train", dir.resolve("none.json").toString(), "--data", "iris");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: " + dir.resolve("none.json") + ": no such file"), missing.err());
        CliRun wrongShape = CliRun.of("train", model.toString(), "--data", "mnist");
        assertEquals(2, wrongShape.code());
        assertEquals("error: mnist: samples have shape (28, 28) but model input is (None, 4). Pick a data set that"
                + " fits the model.\n", wrongShape.err());
        CliRun noData = CliRun.of("train", model.toString(), "--data", dir.resolve("x.csv").toString());
        assertEquals(2, noData.code());
        assertEquals("error: " + dir.resolve("x.csv") + ": no such file. Check the path.\n", noData.err());
        CliRun save = CliRun.of("train", model.toString(), "--data", "iris", "--save-weights", "out.txt");
        assertEquals(2, save.code());
        assertEquals("error: out.txt: --save-weights writes Keras's HDF5 weights file; give it a name ending in .h5"
                + " or .hdf5.\n", save.err());
    }

    @Test
    void unsupportedLayerIsNamedBeforeTraining() throws Exception {
        Path file = dir.resolve("gru.json");
        String json = new Sequential(new LSTM(4).inputShape(3, 2), new Dense(2)).toJson()
                .replace("\"class_name\": \"LSTM\"", "\"class_name\": \"SimpleRNNCellThatDoesNotExist\"");
        Files.writeString(file, json);
        CliRun run = CliRun.of("train", file.toString(), "--data", "iris");
        assertEquals(2, run.code());
        assertEquals(1, run.err().split("\n").length, run.err());
        assertTrue(run.err().startsWith("error: " + file + ": "), run.err());
    }
}
