package org.layerwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.io.ModelFiles;
import org.layerwright.io.hdf5.Weights;
import org.layerwright.train.FitOptions;
import org.layerwright.train.History;
import org.layerwright.train.Trainer;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.data.Datasets;
import org.layerwright.train.losses.Losses;
import org.layerwright.train.optimizers.Optimizers;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code layerwright train MODEL --data mnist --epochs 3}: trains a model file on a data set and prints Keras's
 * per-epoch lines, then {@code trained S samples in T s: X samples/s}.
 */
@Command(name = "train", description = "Train a model file on a data set, printing Keras's progress lines.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "A Keras model file (JSON from to_json()).")
    Path model;

    @Option(names = "--data", paramLabel = "DATA", required = true,
            description = "mnist, digits, iris, or a file: .csv/.csv.gz (label last), .npz (x, y) or IDX images.")
    String data;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "1", description = "Epochs (default 1).")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "32", description = "Batch size (default 32).")
    int batchSize;

    @Option(names = "--validation-split", paramLabel = "F", defaultValue = "0",
            description = "Fraction of the data held out for validation (default 0).")
    double validationSplit;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "adam",
            description = "sgd, adam (default), adamw, rmsprop, adagrad, adadelta, adamax, nadam.")
    String optimizer;

    @Option(names = "--learning-rate", paramLabel = "LR", description = "Learning rate (default: Keras's).")
    Double learningRate;

    @Option(names = "--loss", paramLabel = "NAME", defaultValue = "sparse_categorical_crossentropy",
            description = "Loss (default sparse_categorical_crossentropy).")
    String loss;

    @Option(names = "--from-logits", description = "The model outputs logits (its last layer is linear): Keras's"
            + " from_logits=True for the cross-entropy losses.")
    boolean fromLogits;

    @Option(names = "--metrics", paramLabel = "LIST", defaultValue = "accuracy", split = ",",
            description = "Comma-separated metrics (default accuracy).")
    List<String> metrics;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the first weights, shuffling and dropout.")
    Long seed;

    @Option(names = "--save-weights", paramLabel = "OUT.h5", description = "Save the trained weights (HDF5).")
    Path saveWeights;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (saveWeights != null && !saveWeights.getFileName().toString().toLowerCase(Locale.ROOT)
                .matches(".*\\.(h5|hdf5)")) {
            return fail(saveWeights + ": --save-weights writes Keras's HDF5 weights file; give it a name ending in"
                    + " .h5 or .hdf5.");
        }
        if (epochs < 0 || batchSize < 1 || validationSplit < 0 || validationSplit >= 1) {
            return fail("--epochs must be >= 0, --batch-size >= 1 and --validation-split in [0, 1).");
        }
        if (seed != null) {
            Keras.setRandomSeed(seed);
        }
        Model net = ModelFiles.read(model);
        Trainer trainer;
        try {
            trainer = new Trainer(net).compile(Optimizers.get(optimizer, learningRate), Losses.get(loss, fromLogits),
                    metrics == null ? List.of() : new ArrayList<>(metrics));
        } catch (LayerwrightException e) {
            return fail(model + ": " + e.getMessage());
        }
        Dataset dataset;
        try {
            dataset = isBuiltIn(data) ? Datasets.byName(data) : Datasets.read(Path.of(data));
        } catch (LayerwrightException e) {
            return fail(e.getMessage().startsWith(data) ? e.getMessage() : data + ": " + e.getMessage());
        }
        INDArray x = fitToModel(dataset.x(), net.inputs().get(0).shape());
        if (x == null) {
            return fail(data + ": samples have shape " + sampleShape(dataset.x()) + " but model input is "
                    + net.inputs().get(0).shape() + ". Pick a data set that fits the model.");
        }
        FitOptions options = new FitOptions().epochs(epochs).batchSize(batchSize).validationSplit(validationSplit)
                .out(out instanceof PrintWriter ? out : new PrintWriter(out, true));
        if (seed != null) {
            options.seed(seed);
        }
        long start = System.nanoTime();
        History history;
        try {
            history = trainer.fit(x, dataset.y(), options);
        } catch (IllegalArgumentException e) {
            return fail(data + ": " + e.getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (saveWeights != null) {
            Weights.save(net, saveWeights);
        }
        long trainSamples = (long) Math.floor(dataset.size() * (1.0 - validationSplit));
        long samples = trainSamples * history.epoch().size();
        out.println(String.format(Locale.ROOT, "trained %d samples in %.1f s: %.0f samples/s", samples, seconds,
                samples / Math.max(seconds, 1e-9)));
        out.flush();
        return 0;
    }

    private static boolean isBuiltIn(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.equals("mnist") || key.equals("digits") || key.equals("iris");
    }

    /** The data reshaped to the model's per-sample input shape when the sizes agree (28×28 → 28×28×1 or 784). */
    private static INDArray fitToModel(INDArray x, Shape input) {
        long perSample = x.length() / x.size(0);
        long[] shape = new long[input.rank()];
        shape[0] = x.size(0);
        long product = 1;
        for (int i = 1; i < input.rank(); i++) {
            Integer d = input.dim(i);
            if (d == null) {
                return input.rank() == x.rank() ? x : null;
            }
            shape[i] = d;
            product *= d;
        }
        return product == perSample ? x.reshape('c', shape) : null;
    }

    private static String sampleShape(INDArray x) {
        long[] s = x.shape();
        StringBuilder b = new StringBuilder("(");
        for (int i = 1; i < s.length; i++) {
            b.append(i > 1 ? ", " : "").append(s[i]);
        }
        return b.append(s.length == 2 ? ",)" : ")").toString();
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + LayerwrightCli.oneLine(message));
        return LayerwrightCli.BAD_INPUT;
    }
}
