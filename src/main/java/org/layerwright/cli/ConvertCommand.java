package org.layerwright.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.layerwright.io.ModelDocument;
import org.layerwright.io.ModelFiles;
import org.layerwright.io.ModelFormat;
import org.layerwright.io.migrate.KerasGeneration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code layerwright convert IN OUT}: reads a model file of any Keras generation and writes it in the format of
 * OUT's extension (.json, .yaml, .yml, .h5, .keras); with {@code --tfjs}, OUT is the {@code model.json} of a
 * TensorFlow.js Layers model with its weight shards beside it. {@code --keras-version} picks the JSON generation.
 */
@Command(name = "convert", description = "Convert a model file between formats and Keras generations.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The model to read: Keras JSON of any generation,"
            + " TensorFlow.js model.json (with its weight shards), Keras YAML, .h5 or .keras.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write; its extension picks the format"
            + " (.json, .yaml, .yml, .h5, .keras).")
    Path output;

    @Option(names = "--tfjs", description = "Write a TensorFlow.js Layers model: OUT is its model.json, and the"
            + " weights go to group1-shard*.bin files beside it (as tensorflowjs_converter writes them).")
    boolean tfjs;

    @Option(names = "--keras-version", paramLabel = "V", defaultValue = "2.6",
            description = "The Keras version whose JSON to write: 2.6 (default), 2.15 or 3.")
    String kerasVersion;

    @Override
    public Integer call() {
        KerasGeneration generation;
        try {
            generation = KerasGeneration.forWriting(kerasVersion);
        } catch (IllegalArgumentException e) {
            return fail("--keras-version " + kerasVersion + ": " + e.getMessage());
        }
        // Check the output's format first, so an unsupported target fails before any work is done.
        if (ModelFormat.of(output) != ModelFormat.JSON && tfjs) {
            return fail(output + ": --tfjs writes a TensorFlow.js model.json; give OUT a name ending in .json.");
        }
        ModelDocument document = ModelFiles.readDocument(input);
        if (tfjs) {
            ModelFiles.writeTfjs(output, document, generation);
        } else {
            ModelFiles.write(output, document, generation);
        }
        return 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + LayerwrightCli.oneLine(message));
        return LayerwrightCli.BAD_INPUT;
    }
}
