package org.layerwright.train;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.train.callbacks.Callback;
import org.layerwright.train.callbacks.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The arguments of {@code fit}, with Keras's defaults: batch size 32, 1 epoch, shuffle, verbose 1, no validation.
 *
 * <pre>{@code
 * FitOptions options = new FitOptions().batchSize(128).epochs(3).validationSplit(0.2).seed(42);
 * History history = trainer.fit(x, y, options);
 * }</pre>
 */
public final class FitOptions {
    int batchSize = 32;
    int epochs = 1;
    double validationSplit;
    List<INDArray> validationX;
    List<INDArray> validationY;
    boolean shuffle = true;
    Map<Integer, Double> classWeight;
    final List<Callback> callbacks = new ArrayList<>();
    int verbose = 1;
    PrintWriter out;
    Boolean liveProgress;
    Long seed;

    /** Samples per gradient step (Keras's default 32). */
    public FitOptions batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch_size must be at least 1, received " + batchSize + ".");
        }
        this.batchSize = batchSize;
        return this;
    }

    /** Passes over the training data. */
    public FitOptions epochs(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be 0 or more, received " + epochs + ".");
        }
        this.epochs = epochs;
        return this;
    }

    /** The fraction of the data, taken from the end before shuffling (as Keras), held out for validation. */
    public FitOptions validationSplit(double split) {
        if (split < 0.0 || split >= 1.0) {
            throw new IllegalArgumentException("validation_split must be in [0, 1), received " + split + ".");
        }
        this.validationSplit = split;
        return this;
    }

    /** Separate validation data (it overrides validationSplit, as in Keras). */
    public FitOptions validationData(INDArray x, INDArray y) {
        return validationData(List.of(x), y);
    }

    /** Separate validation data for a model with several inputs. */
    public FitOptions validationData(List<INDArray> x, INDArray y) {
        return validationData(x, List.of(y));
    }

    /** Separate validation data for a model with several inputs and outputs (one target array per output). */
    public FitOptions validationData(List<INDArray> x, List<INDArray> y) {
        this.validationX = x;
        this.validationY = List.copyOf(y);
        return this;
    }

    /** Whether to shuffle the training samples before each epoch. */
    public FitOptions shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** Weights of the loss by class index (Keras's class_weight). */
    public FitOptions classWeight(Map<Integer, Double> classWeight) {
        this.classWeight = classWeight;
        return this;
    }

    /** Adds callbacks (EarlyStopping, ModelCheckpoint, ...). */
    public FitOptions callbacks(Callback... callbacks) {
        this.callbacks.addAll(List.of(callbacks));
        return this;
    }

    /** Adds a listener, called after every batch and epoch. */
    public FitOptions listener(TrainingListener listener) {
        this.callbacks.add(listener.asCallback());
        return this;
    }

    /** 0 silent, 1 progress bar, 2 one line per epoch. */
    public FitOptions verbose(int verbose) {
        this.verbose = verbose;
        return this;
    }

    /** Where progress goes (default: standard output). */
    public FitOptions out(PrintWriter out) {
        this.out = out;
        return this;
    }

    /** Whether to redraw the bar during an epoch (default: only when standard output is a terminal). */
    public FitOptions liveProgress(boolean live) {
        this.liveProgress = live;
        return this;
    }

    /** Fixes the shuffling and dropout random numbers, for repeatable runs. */
    public FitOptions seed(long seed) {
        this.seed = seed;
        return this;
    }
}
