package org.layerwright.train;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.layerwright.core.Model;
import org.layerwright.train.callbacks.Callback;
import org.layerwright.train.callbacks.ProgbarLogger;
import org.layerwright.train.callbacks.TrainingControl;
import org.layerwright.train.losses.Loss;
import org.layerwright.train.losses.Losses;
import org.layerwright.train.metrics.Metric;
import org.layerwright.train.metrics.Metrics;
import org.layerwright.train.optimizers.Optimizer;
import org.layerwright.train.optimizers.Optimizers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.MirroringPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a Keras model as {@code model.compile(...)} then {@code model.fit(...)} would: the model's layers keep their
 * weights, in Keras's layouts, and are updated in place.
 *
 * <pre>{@code
 * Trainer trainer = new Trainer(model).compile("adam", "sparse_categorical_crossentropy", "accuracy");
 * History history = trainer.fit(x, y, new FitOptions().batchSize(128).epochs(3).validationSplit(0.2));
 * double accuracy = history.last("val_accuracy");
 * }</pre>
 */
public final class Trainer {
    /** Memory for one step's temporary arrays, sized by the first step and reused after it. */
    private static final WorkspaceConfiguration STEP_WORKSPACE = WorkspaceConfiguration.builder()
            .initialSize(0).overallocationLimit(0.2).policyAllocation(AllocationPolicy.OVERALLOCATE)
            .policyLearning(LearningPolicy.FIRST_LOOP).policyMirroring(MirroringPolicy.FULL)
            .policySpill(SpillPolicy.REALLOCATE).build();

    private final Model model;
    private final GraphExecutor executor;
    private final DataType dtype;
    private Optimizer optimizer;
    /** One loss per model output, and the weights of their sum. */
    private List<Loss> losses;
    private double[] lossWeights;
    private List<String> metricNames = List.of();
    private volatile boolean stopRequested;

    /**
     * Prepares {@code model} for training. Throws {@link UnsupportedLayerException} naming the first layer that has
     * no training implementation.
     */
    public Trainer(Model model) {
        ComputeThreads.applyDefault();
        this.model = model;
        this.executor = new GraphExecutor(model);
        List<INDArray> weights = model.getWeights();
        this.dtype = weights.isEmpty() ? DataType.FLOAT : weights.get(0).dataType();
    }

    /** Keras's {@code compile} with names: {@code compile("adam", "mse", "mae")}. */
    public Trainer compile(String optimizer, String loss, String... metrics) {
        return compile(Optimizers.get(optimizer, null), Losses.get(loss), List.of(metrics));
    }

    /** Keras's {@code compile} with an optimizer and loss object and metric names; the loss serves every output. */
    public Trainer compile(Optimizer optimizer, Loss loss, List<String> metrics) {
        return compile(optimizer, java.util.Collections.nCopies(model.outputs().size(), loss), null, metrics);
    }

    /**
     * Keras's {@code compile} for a model with several outputs: one loss per output, their weights
     * ({@code loss_weights}, null for all 1), and metrics computed for every output.
     */
    public Trainer compile(Optimizer optimizer, List<Loss> losses, List<Double> lossWeights, List<String> metrics) {
        int outputs = model.outputs().size();
        if (losses.size() != outputs || (lossWeights != null && lossWeights.size() != outputs)) {
            throw new IllegalArgumentException("Model '" + model.name() + "' has " + outputs + " outputs but "
                    + losses.size() + " losses" + (lossWeights == null ? "" : " and " + lossWeights.size()
                    + " loss weights") + " were given. Give one per output, in the order of model.outputs().");
        }
        if (executor.outputCarriesMask()) {
            throw new UnsupportedLayerException(model.name(), model.className(), "Model '" + model.name() + "': its"
                    + " output carries a padding mask (from Embedding(mask_zero=True) or Masking), which Keras"
                    + " applies to the loss and training does not. End with a layer that drops the mask, such as a"
                    + " recurrent layer without return_sequences.");
        }
        for (int i = 0; i < outputs; i++) {
            for (String name : metrics) {
                Metrics.get(name, losses.get(i), model.outputs().get(i).shape());
            }
        }
        this.optimizer = optimizer;
        this.losses = List.copyOf(losses);
        this.lossWeights = new double[outputs];
        for (int i = 0; i < outputs; i++) {
            this.lossWeights[i] = lossWeights == null ? 1.0 : lossWeights.get(i);
        }
        this.metricNames = List.copyOf(metrics);
        return this;
    }

    /** The model being trained. */
    public Model model() {
        return model;
    }

    /** The compiled optimizer. */
    public Optimizer optimizer() {
        requireCompiled();
        return optimizer;
    }

    /** Asks a running fit to stop after its current batch. */
    public void stopTraining() {
        stopRequested = true;
    }

    private void requireCompiled() {
        if (optimizer == null) {
            throw new IllegalStateException("You must compile your model before training/testing. Use"
                    + " `trainer.compile(optimizer, loss)`.");
        }
    }

    /** The metrics of each output. */
    private List<List<Metric>> newMetrics() {
        List<List<Metric>> all = new ArrayList<>();
        for (int i = 0; i < losses.size(); i++) {
            List<Metric> metrics = new ArrayList<>();
            for (String name : metricNames) {
                metrics.add(Metrics.get(name, losses.get(i), model.outputs().get(i).shape()));
            }
            all.add(metrics);
        }
        return all;
    }

    /** Keras's prefix for an output's loss and metrics in the logs: its layer's name, when there are several. */
    private String prefix(int output) {
        return losses.size() == 1 ? "" : model.outputs().get(output).layer().name() + "_";
    }

    /** Keras's {@code fit} for a single-input model. */
    public History fit(INDArray x, INDArray y, FitOptions options) {
        return fit(List.of(x), y, options);
    }

    /** Keras's {@code fit} for a model with several inputs and one output. */
    public History fit(List<INDArray> x, INDArray y, FitOptions options) {
        return fit(x, List.of(y), options);
    }

    /**
     * Keras's {@code fit}: trains for {@code options.epochs} epochs and returns the History. {@code y} holds one
     * target array per model output; the logs name each output's loss and metrics after its layer, as Keras does.
     */
    public History fit(List<INDArray> x, List<INDArray> y, FitOptions options) {
        requireCompiled();
        requireTargetPerOutput(y);
        if (options.classWeight != null && y.size() > 1) {
            throw new IllegalArgumentException("class_weight is only supported for models with a single output.");
        }
        executor.refreshKernels();
        stopRequested = false;
        Samples all = new Samples(x, y, dtype);
        Samples train = all;
        Samples validation = null;
        if (options.validationX != null) {
            validation = new Samples(options.validationX, options.validationY, dtype);
        } else if (options.validationSplit > 0.0) {
            int splitAt = (int) Math.floor(all.count() * (1.0 - options.validationSplit));
            if (splitAt == 0 || splitAt == all.count()) {
                throw new IllegalArgumentException("validation_split " + options.validationSplit + " leaves no "
                        + (splitAt == 0 ? "training" : "validation") + " samples out of " + all.count() + ".");
            }
            train = all.range(0, splitAt);
            validation = all.range(splitAt, all.count());
        }
        Random random = options.seed == null ? new Random() : new Random(options.seed);
        if (options.seed != null) {
            Nd4j.getRandom().setSeed(options.seed);
        }
        int steps = (train.count() + options.batchSize - 1) / options.batchSize;
        History history = new History();
        List<Callback> callbacks = new ArrayList<>();
        if (options.verbose != 0) {
            PrintWriter out = options.out != null ? options.out : new PrintWriter(System.out, true);
            boolean live = options.liveProgress != null ? options.liveProgress : System.console() != null;
            callbacks.add(new ProgbarLogger(out, live, options.verbose));
        }
        callbacks.addAll(options.callbacks);
        TrainingControl control = control(options.epochs, steps);
        for (Callback c : callbacks) {
            c.setControl(control);
        }
        for (Callback c : callbacks) {
            c.onTrainBegin();
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        List<List<Metric>> metrics = newMetrics();
        for (int epoch = 0; epoch < options.epochs && !stopRequested; epoch++) {
            for (Callback c : callbacks) {
                c.onEpochBegin(epoch);
            }
            metrics.forEach(list -> list.forEach(Metric::reset));
            double[] lossSums = new double[losses.size() + 1];
            long seen = 0;
            int[] order = order(train.count(), options.shuffle, random);
            for (int step = 0; step < steps && !stopRequested; step++) {
                for (Callback c : callbacks) {
                    c.onTrainBatchBegin(step);
                }
                int from = step * options.batchSize;
                int[] indices = java.util.Arrays.copyOfRange(order, from, Math.min(order.length,
                        from + options.batchSize));
                List<INDArray> targets = train.targets(indices);
                double[] batchLosses = trainStep(train.inputs(indices), targets,
                        ClassWeights.sampleWeights(options.classWeight, targets.get(0)), metrics);
                for (int i = 0; i < lossSums.length; i++) {
                    lossSums[i] += batchLosses[i] * indices.length;
                }
                seen += indices.length;
                logs = logs(lossSums, seen, metrics);
                for (Callback c : callbacks) {
                    c.onTrainBatchEnd(step, logs);
                }
            }
            if (validation != null) {
                for (Map.Entry<String, Double> e : evaluate(validation, options.batchSize).entrySet()) {
                    logs.put("val_" + e.getKey(), e.getValue());
                }
            }
            if (seen == 0) {
                break;
            }
            for (Callback c : callbacks) {
                c.onEpochEnd(epoch, logs);
            }
            history.record(epoch, logs);
        }
        for (Callback c : callbacks) {
            c.onTrainEnd(logs);
        }
        return history;
    }

    /** Starts {@link #fit} on a background thread; the returned run can be stopped between batches. */
    public TrainingRun fitInBackground(INDArray x, INDArray y, FitOptions options) {
        stopRequested = false;
        CompletableFuture<History> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(fit(x, y, options));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "layerwright-training");
        thread.setDaemon(true);
        thread.start();
        return new TrainingRun(this, future);
    }

    /** Keras's {@code train_on_batch}: one gradient step; returns the loss and metrics of this batch. */
    public Map<String, Double> trainOnBatch(INDArray x, INDArray y) {
        requireCompiled();
        requireTargetPerOutput(List.of(y));
        executor.refreshKernels();
        Samples batch = new Samples(List.of(x), List.of(y), dtype);
        int[] all = order(batch.count(), false, null);
        List<List<Metric>> metrics = newMetrics();
        double[] values = trainStep(batch.inputs(all), batch.targets(all), null, metrics);
        return logs(values, 1, metrics);
    }

    /** Keras's {@code evaluate}: the loss and metrics over {@code x, y}, in batches. */
    public Map<String, Double> evaluate(INDArray x, INDArray y, int batchSize) {
        return evaluate(List.of(x), List.of(y), batchSize);
    }

    /** Keras's {@code evaluate} for several inputs and outputs. */
    public Map<String, Double> evaluate(List<INDArray> x, List<INDArray> y, int batchSize) {
        requireCompiled();
        requireTargetPerOutput(y);
        executor.refreshKernels();
        return evaluate(new Samples(x, y, dtype), batchSize);
    }

    private void requireTargetPerOutput(List<INDArray> y) {
        if (y.size() != model.outputs().size()) {
            throw new IllegalArgumentException("Model '" + model.name() + "' has " + model.outputs().size()
                    + " outputs but " + y.size() + " target arrays were given. Give one per output, in the order of"
                    + " model.outputs().");
        }
    }

    /** Keras's {@code predict}: the model's output for {@code x}, in inference mode, in batches. */
    public INDArray predict(INDArray x, int batchSize) {
        return predict(List.of(x), batchSize).get(0);
    }

    /** Keras's {@code predict} for several inputs or outputs: one array per model output. */
    public List<INDArray> predict(List<INDArray> x, int batchSize) {
        executor.refreshKernels();
        Samples samples = new Samples(x, null, dtype);
        List<List<INDArray>> parts = new ArrayList<>();
        for (int from = 0; from < samples.count(); from += batchSize) {
            int[] indices = range(from, Math.min(samples.count(), from + batchSize));
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(STEP_WORKSPACE,
                    "layerwright-predict")) {
                List<INDArray> outputs = executor.forward(samples.inputs(indices), false);
                for (int i = 0; i < outputs.size(); i++) {
                    if (parts.size() <= i) {
                        parts.add(new ArrayList<>());
                    }
                    parts.get(i).add(outputs.get(i).detach());
                }
            }
        }
        List<INDArray> result = new ArrayList<>();
        for (List<INDArray> output : parts) {
            result.add(output.size() == 1 ? output.get(0) : Nd4j.concat(0, output.toArray(new INDArray[0])));
        }
        return result;
    }

    private Map<String, Double> evaluate(Samples samples, int batchSize) {
        List<List<Metric>> metrics = newMetrics();
        double[] lossSums = new double[losses.size() + 1];
        for (int from = 0; from < samples.count(); from += batchSize) {
            int[] indices = range(from, Math.min(samples.count(), from + batchSize));
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(STEP_WORKSPACE,
                    "layerwright-evaluate")) {
                List<INDArray> predicted = executor.forward(samples.inputs(indices), false);
                List<INDArray> targets = samples.targets(indices);
                double total = executor.penaltyLoss();
                for (int i = 0; i < losses.size(); i++) {
                    double value = losses.get(i).value(targets.get(i), predicted.get(i));
                    lossSums[i + 1] += value * indices.length;
                    total += lossWeights[i] * value;
                    for (Metric m : metrics.get(i)) {
                        m.update(targets.get(i), predicted.get(i));
                    }
                }
                lossSums[0] += total * indices.length;
            }
        }
        return logs(lossSums, Math.max(1, samples.count()), metrics);
    }

    /**
     * One gradient step inside a workspace: every temporary array of the step lives in memory reused from step to
     * step, and only the weights (updated in place) and the optimizer state outlive it. Returns the total loss as
     * Keras reports it (weighted losses plus regularization and add_loss() terms), then each output's loss.
     */
    private double[] trainStep(List<INDArray> inputs, List<INDArray> targets, INDArray sampleWeights,
            List<List<Metric>> metrics) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(STEP_WORKSPACE,
                "layerwright-train-step")) {
            List<INDArray> predicted = executor.forward(inputs, true);
            double[] values = new double[losses.size() + 1];
            List<INDArray> gradients = new ArrayList<>(losses.size());
            for (int i = 0; i < losses.size(); i++) {
                Loss.Result result = losses.get(i).compute(targets.get(i), predicted.get(i), sampleWeights);
                values[i + 1] = result.value();
                values[0] += lossWeights[i] * result.value();
                gradients.add(lossWeights[i] == 1.0 ? result.gradient() : result.gradient().mul(lossWeights[i]));
            }
            executor.backward(gradients);
            optimizer.apply(executor.trainableWeights(), executor.trainableGradients());
            executor.applyConstraints();
            for (int i = 0; i < losses.size(); i++) {
                for (Metric m : metrics.get(i)) {
                    m.update(targets.get(i), predicted.get(i));
                }
            }
            values[0] += executor.penaltyLoss();
            return values;
        }
    }

    /** Keras's log order: loss, each output's loss (several outputs only), then each output's metrics. */
    private Map<String, Double> logs(double[] lossSums, long count, List<List<Metric>> metrics) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", lossSums[0] / count);
        if (losses.size() > 1) {
            for (int i = 0; i < losses.size(); i++) {
                logs.put(prefix(i) + "loss", lossSums[i + 1] / count);
            }
        }
        for (int i = 0; i < metrics.size(); i++) {
            for (Metric m : metrics.get(i)) {
                logs.put(prefix(i) + m.name(), m.result());
            }
        }
        return logs;
    }

    private static int[] order(int count, boolean shuffle, Random random) {
        int[] order = range(0, count);
        if (shuffle) {
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return order;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private TrainingControl control(int epochs, int steps) {
        return new TrainingControl() {
            @Override
            public Model model() {
                return model;
            }

            @Override
            public void stopTraining() {
                stopRequested = true;
            }

            @Override
            public boolean stopRequested() {
                return stopRequested;
            }

            @Override
            public double learningRate() {
                return optimizer.learningRate();
            }

            @Override
            public void setLearningRate(double learningRate) {
                optimizer.setLearningRate(learningRate);
            }

            @Override
            public int epochs() {
                return epochs;
            }

            @Override
            public int stepsPerEpoch() {
                return steps;
            }
        };
    }
}
