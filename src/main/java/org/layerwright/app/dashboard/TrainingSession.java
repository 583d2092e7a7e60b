package org.layerwright.app.dashboard;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerwright.core.Model;
import org.layerwright.io.hdf5.Weights;
import org.layerwright.train.FitOptions;
import org.layerwright.train.History;
import org.layerwright.train.Trainer;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.losses.Losses;
import org.layerwright.train.optimizers.Optimizers;

/**
 * One training run at a time: starts it on its own thread with a snapshot of the model and the data, pauses,
 * resumes and stops it, and brings its progress to the UI. The training thread only adds events to a queue; an
 * AnimationTimer drains it on the UI thread at most every {@value #DRAIN_MILLIS} ms, so the UI never waits on
 * training and a fast run cannot flood the UI thread with updates.
 */
public final class TrainingSession {
    static final long DRAIN_MILLIS = 80;
    private static final int LOG_LINES = 2000;

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyObjectWrapper<TrainingResults> results = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final TrainingCharts charts = new TrainingCharts();
    private final RunProgress progress = new RunProgress();
    private final AnimationTimer pump = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (now - last >= DRAIN_MILLIS * 1_000_000L) {
                last = now;
                drain();
            }
        }
    };
    private Queue<TrainingEvent> queue = new ConcurrentLinkedQueue<>();
    private RunGate gate;
    private Model model;

    /**
     * Starts training {@code snapshot} (a model converted from the canvas for this run only) on {@code data}.
     * Returns at once; progress arrives through the properties.
     */
    public void start(Model snapshot, Dataset data, DataSummary summary, TrainingSettings settings) {
        SettingsValues values = settings.values();
        if (state.get().active()) {
            throw new IllegalStateException("A run is under way: stop it before starting another.");
        }
        model = snapshot;
        queue = new ConcurrentLinkedQueue<>();
        gate = new RunGate();
        charts.clear(values.epochs());
        log.clear();
        results.set(null);
        message.set(null);
        int trainSamples = values.validationSplit() > 0
                ? (int) Math.floor(data.size() * (1.0 - values.validationSplit())) : data.size();
        progress.begin(values.epochs(), (long) trainSamples * values.epochs());
        log.add("Training " + snapshot.name() + " on " + summary.name() + ": " + values.describe());
        Thread thread = new Thread(new Run(snapshot, data, summary, values, queue, gate,
                trainSamples), "layerwright-dashboard-training");
        thread.setDaemon(true);
        state.set(RunState.RUNNING);
        pump.start();
        thread.start();
    }

    /** Holds the run before its next batch. */
    public void pause() {
        if (state.get() == RunState.RUNNING) {
            gate.pause();
            state.set(RunState.PAUSED);
            progress.paused();
        }
    }

    /** Lets a paused run go on. */
    public void resume() {
        if (state.get() == RunState.PAUSED) {
            gate.resume();
            progress.resumed();
            state.set(RunState.RUNNING);
        }
    }

    /** Ends the run after its current batch; the model keeps the weights it has then. */
    public void stop() {
        if (state.get().active()) {
            gate.stop();
            message.set("Stopping after the current batch…");
        }
    }

    /** Writes the trained weights as Keras's HDF5 weights file, in the background; then tells {@code done}. */
    public void saveWeights(Path file, Executor background, Consumer<String> done) {
        Model trained = model;
        if (trained == null || state.get().active()) {
            done.accept("Train a model first; weights can be saved once a run has ended.");
            return;
        }
        background.execute(() -> {
            String outcome;
            try {
                Weights.save(trained, file);
                outcome = "Weights saved to " + file.getFileName();
            } catch (RuntimeException e) {
                outcome = "Cannot save the weights: " + e.getMessage();
            }
            String text = outcome;
            Platform.runLater(() -> {
                message.set(text);
                done.accept(text);
            });
        });
    }

    /** Applies every queued event; called on the UI thread by the timer (tests may call it too). */
    public void drain() {
        TrainingEvent event;
        TrainingEvent.Batch lastBatch = null;
        while ((event = queue.poll()) != null) {
            if (event instanceof TrainingEvent.Batch batch) {
                charts.addBatch(batch);
                lastBatch = batch;
            } else if (event instanceof TrainingEvent.Epoch epoch) {
                charts.addEpoch(epoch);
            } else if (event instanceof TrainingEvent.LogLine line) {
                log.add(line.text());
                if (log.size() > LOG_LINES) {
                    log.remove(0, log.size() - LOG_LINES);
                }
            } else if (event instanceof TrainingEvent.Ended ended) {
                end(ended);
            }
        }
        if (lastBatch != null) {
            progress.update(lastBatch);
        }
    }

    private void end(TrainingEvent.Ended ended) {
        pump.stop();
        results.set(ended.results());
        boolean stoppedByUser = gate.stopped() && ended.state() == RunState.FINISHED;
        RunState outcome = stoppedByUser ? RunState.STOPPED : ended.state();
        progress.ended(outcome == RunState.FINISHED);
        message.set(ended.failure() != null ? ended.failure()
                : stoppedByUser ? "Stopped. The model keeps the weights it had; save them or start again."
                : "Finished. Save the weights, or change the settings and start again.");
        if (ended.failure() != null) {
            log.add(ended.failure());
        }
        // Last, so that whoever follows the state finds the message and results already there.
        state.set(outcome);
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The results of the last run, once it ended (null before). */
    public ReadOnlyObjectProperty<TrainingResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** How the run ended, or why it could not run, in words; null while nothing needs saying. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Keras's progress log: {@code Epoch 1/5} and each epoch's line. */
    public ObservableList<String> log() {
        return log;
    }

    /** The model of the current or last run: the snapshot taken at its start, with its trained weights. */
    public Model model() {
        return model;
    }

    public TrainingCharts charts() {
        return charts;
    }

    public RunProgress progress() {
        return progress;
    }

    /** The training thread's work: compile, fit, then compute the results; every outcome ends in an Ended event. */
    private record Run(Model model, Dataset data, DataSummary summary, SettingsValues settings,
            Queue<TrainingEvent> queue, RunGate gate, int trainSamples) implements Runnable {
        @Override
        public void run() {
            NanGuard nan = new NanGuard(settings.learningRate());
            try {
                Trainer trainer = new Trainer(model).compile(Optimizers.get(settings.optimizer(),
                        settings.learningRate()), Losses.get(settings.loss()), settings.metrics());
                FitOptions options = new FitOptions().batchSize(settings.batchSize()).epochs(settings.epochs())
                        .validationSplit(settings.validationSplit()).verbose(1).liveProgress(false)
                        .out(new PrintWriter(new LogLineWriter(queue), true))
                        .callbacks(gate, nan, new EventSink(queue, gate, settings.batchSize(), trainSamples));
                settings.callbacks().forEach(options::callbacks);
                History history = trainer.fit(data.x(), data.y(), options);
                if (nan.explanation() != null) {
                    queue.add(new TrainingEvent.Ended(RunState.FAILED, nan.explanation(), null));
                    return;
                }
                TrainingResults results = ResultsCalculator.compute(trainer, data.x(), data.y(),
                        settings.validationSplit(), summary, data.classNames(), lastLogs(history));
                queue.add(new TrainingEvent.Ended(RunState.FINISHED, null, results));
            } catch (RuntimeException | Error e) {
                queue.add(new TrainingEvent.Ended(RunState.FAILED, "Training failed: " + e.getMessage(), null));
            }
        }

        private static Map<String, Double> lastLogs(History history) {
            Map<String, Double> last = new LinkedHashMap<>();
            history.history().forEach((name, values) -> last.put(name, values.get(values.size() - 1)));
            return last;
        }
    }
}
