package org.layerwright.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.Shape;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.train.callbacks.CSVLogger;
import org.layerwright.train.callbacks.EarlyStopping;
import org.layerwright.train.callbacks.LearningRateScheduler;
import org.layerwright.train.callbacks.ModelCheckpoint;
import org.layerwright.train.callbacks.ReduceLROnPlateau;
import org.layerwright.train.callbacks.TerminateOnNaN;
import org.layerwright.train.callbacks.TrainingListener;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.data.Datasets;
import org.layerwright.train.losses.Losses;
import org.layerwright.train.optimizers.Optimizers;
import org.layerwright.train.optimizers.Sgd;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The fit loop, evaluate/predict, frozen layers, class weights, callbacks, listeners and background training. */
class TrainerTest {
    @TempDir
    Path dir;

    @BeforeEach
    void clear() {
        Keras.clearSession();
        Keras.setRandomSeed(1); // the same first weights on every run, so thresholds cannot flake
    }

    private static Sequential irisModel() {
        return new Sequential(new Dense(16, "relu").inputShape(4), new Dense(3, "softmax"));
    }

    private static FitOptions quiet() {
        return new FitOptions().verbose(0).seed(5);
    }

    @Test
    void irisLearns() {
        Dataset iris = Datasets.iris();
        Trainer trainer = new Trainer(irisModel()).compile(Optimizers.get("adam", 0.02),
                Losses.get("sparse_categorical_crossentropy"), List.of("accuracy"));
        History history = trainer.fit(iris.x(), iris.y(), quiet().epochs(60).batchSize(16));
        assertEquals(60, history.get("loss").size());
        assertTrue(history.last("accuracy") > 0.9, "accuracy " + history.last("accuracy"));
        Map<String, Double> evaluation = trainer.evaluate(iris.x(), iris.y(), 32);
        assertTrue(evaluation.get("accuracy") > 0.9, evaluation.toString());
        INDArray predictions = trainer.predict(iris.x(), 64);
        assertArrayEquals(new long[] {150, 3}, predictions.shape());
    }

    @Test
    void digitsLearnWithValidationData() {
        Dataset digits = Datasets.digits();
        Sequential model = new Sequential(new Flatten().inputShape(8, 8), new Dense(64, "relu"),
                new Dense(10, "softmax"));
        INDArray x = digits.x();
        History history = new Trainer(model).compile(Optimizers.get("adam", 0.005),
                Losses.get("sparse_categorical_crossentropy"), List.of("accuracy"))
                .fit(x, digits.y(), quiet().epochs(8).batchSize(32).validationSplit(0.2));
        assertEquals(List.of("loss", "accuracy", "val_loss", "val_accuracy"),
                new ArrayList<>(history.history().keySet()));
        assertTrue(history.last("val_accuracy") >= 0.88, "val_accuracy " + history.last("val_accuracy"));
    }

    @Test
    void frozenLayersKeepTheirWeights() {
        Dataset iris = Datasets.iris();
        Sequential model = irisModel();
        Layer first = model.layers().get(0);
        first.trainable(false);
        INDArray before = first.getWeights().get(0).dup();
        INDArray secondBefore = model.layers().get(1).getWeights().get(0).dup();
        new Trainer(model).compile("adam", "sparse_categorical_crossentropy").fit(iris.x(), iris.y(),
                quiet().epochs(2));
        assertEquals(before, first.getWeights().get(0));
        assertNotEquals(secondBefore, model.layers().get(1).getWeights().get(0));
    }

    @Test
    void classWeightsScaleTheLoss() {
        Dataset iris = Datasets.iris();
        Trainer trainer = new Trainer(irisModel()).compile(new Sgd(0.0, 0.0, false),
                Losses.get("sparse_categorical_crossentropy"), List.of());
        double plain = trainer.fit(iris.x(), iris.y(), quiet().batchSize(150)).last("loss");
        double doubled = trainer.fit(iris.x(), iris.y(), quiet().batchSize(150)
                .classWeight(Map.of(0, 2.0, 1, 2.0, 2, 2.0))).last("loss");
        assertEquals(2 * plain, doubled, 1e-5);
    }

    @Test
    void unsupportedLayerFailsWhenTheTrainerIsMadeAndNamesTheLayer() {
        KerasTensor input = Input.of(3);
        Layer custom = new Layer() {
            @Override
            public Shape computeOutputShape(Shape inputShape) {
                return inputShape;
            }
        };
        custom.name("mystery");
        Model model = new Model(input, custom.apply(input));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> new Trainer(model));
        assertEquals("mystery", e.layerName());
        assertTrue(e.getMessage().startsWith("Layer 'mystery' (" + custom.className() + "): training does not"
                + " support " + custom.className() + " layers yet. Trainable layers: "), e.getMessage());
    }

    @Test
    void unknownRegularizersAreRefusedRatherThanSilentlyIgnored() {
        Dense dense = new Dense(3);
        dense.kernelRegularizer(Map.of("class_name", "OrthogonalRegularizer", "config", Map.of()));
        dense.name("penalised");
        Sequential model = new Sequential(dense.inputShape(4));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> new Trainer(model));
        assertTrue(e.getMessage().startsWith("Layer 'penalised' (Dense): kernel_regularizer {class_name="
                + "OrthogonalRegularizer, config={}} is not supported in training (only L1, L2 and L1L2)."),
                e.getMessage());
    }

    @Test
    void earlyStoppingStopsAndRestoresTheBestWeights() {
        Dataset iris = Datasets.iris();
        Trainer trainer = new Trainer(irisModel()).compile(new Sgd(0.0, 0.0, false),
                Losses.get("sparse_categorical_crossentropy"), List.of());
        EarlyStopping stopping = new EarlyStopping("loss").patience(1).restoreBestWeights(true);
        History history = trainer.fit(iris.x(), iris.y(), quiet().epochs(10).shuffle(false).batchSize(150)
                .callbacks(stopping));
        assertEquals(2, history.epoch().size());
        assertEquals(1, stopping.stoppedEpoch());
    }

    @Test
    void reduceLrOnPlateauAndSchedulerChangeTheRateAndLogIt() {
        Dataset iris = Datasets.iris();
        Trainer trainer = new Trainer(irisModel()).compile(new Sgd(0.0, 0.0, false),
                Losses.get("sparse_categorical_crossentropy"), List.of());
        History plateau = trainer.fit(iris.x(), iris.y(), quiet().epochs(3).batchSize(150).shuffle(false)
                .callbacks(new ReduceLROnPlateau().monitor("loss").patience(1).factor(0.5)));
        assertEquals(List.of(0.0, 0.0, 0.0), plateau.get("lr"));
        Trainer adam = new Trainer(irisModel()).compile("adam", "sparse_categorical_crossentropy");
        History scheduled = adam.fit(iris.x(), iris.y(), quiet().epochs(3)
                .callbacks(new LearningRateScheduler((epoch, lr) -> 0.1 / (epoch + 1))));
        assertEquals(0.1, scheduled.get("lr").get(0), 1e-12);
        assertEquals(0.1 / 3, scheduled.get("lr").get(2), 1e-12);
        Trainer sgd = new Trainer(irisModel()).compile(new Sgd(1.0, 0.0, false),
                Losses.get("sparse_categorical_crossentropy"), List.of());
        sgd.fit(iris.x(), iris.y(), quiet().epochs(4).batchSize(150)
                .callbacks(new ReduceLROnPlateau().monitor("loss").patience(0).factor(0.5).minDelta(100)));
        // Epoch 0 sets the best value; epochs 1, 2 and 3 each halve the rate.
        assertEquals(1.0 / 8, sgd.optimizer().learningRate(), 1e-12);
    }

    @Test
    void csvLoggerAndCheckpointWriteEveryEpoch() throws Exception {
        Dataset iris = Datasets.iris();
        Path csv = dir.resolve("log.csv");
        List<String> saved = new ArrayList<>();
        Trainer trainer = new Trainer(irisModel()).compile("adam", "sparse_categorical_crossentropy", "accuracy");
        trainer.fit(iris.x(), iris.y(), quiet().epochs(2).validationSplit(0.2).callbacks(new CSVLogger(csv),
                new ModelCheckpoint(dir.resolve("w.{epoch:02d}-{val_loss:.2f}.h5").toString(),
                        (model, file) -> saved.add(file.getFileName().toString()))));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("epoch,accuracy,loss,val_accuracy,val_loss", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("1,"), lines.get(2));
        assertEquals(2, saved.size());
        assertTrue(saved.get(0).matches("w\\.01-\\d\\.\\d\\d\\.h5"), saved.get(0));
    }

    @Test
    void terminateOnNanStopsAtTheFirstBadBatch() {
        Dataset iris = Datasets.iris();
        INDArray y = iris.x().getColumn(0).dup();
        y.putScalar(3, Double.NaN);
        Trainer trainer = new Trainer(new Sequential(new Dense(1).inputShape(4))).compile("sgd", "mse");
        AtomicInteger batches = new AtomicInteger();
        History history = trainer.fit(iris.x(), y, quiet().epochs(3).shuffle(false).batchSize(10)
                .callbacks(new TerminateOnNaN(new java.io.PrintWriter(new java.io.StringWriter())))
                .listener(new TrainingListener() {
                    @Override
                    public void onBatchEnd(Progress progress) {
                        batches.incrementAndGet();
                    }
                }));
        assertEquals(1, batches.get());
        // As in Keras, the interrupted epoch still ends (and is recorded) before training stops.
        assertEquals(1, history.epoch().size());
        assertTrue(Double.isNaN(history.last("loss")));
    }

    @Test
    void backgroundTrainingStopsBetweenBatchesAndKeepsItsWeights() throws Exception {
        Dataset iris = Datasets.iris();
        Sequential model = irisModel();
        INDArray initial = model.layers().get(0).getWeights().get(0).dup();
        Trainer trainer = new Trainer(model).compile("adam", "sparse_categorical_crossentropy", "accuracy");
        AtomicInteger batches = new AtomicInteger();
        TrainingRun run = trainer.fitInBackground(iris.x(), iris.y(), quiet().epochs(1000).batchSize(10)
                .listener(new TrainingListener() {
                    @Override
                    public void onBatchEnd(Progress progress) {
                        if (batches.incrementAndGet() == 20) {
                            progress.stop();
                        }
                    }
                }));
        History history = run.await();
        assertTrue(run.isDone());
        assertEquals(20, batches.get());
        // 15 batches per epoch: the stop came in the second epoch, which ends early and is recorded, as in Keras.
        assertEquals(2, history.epoch().size());
        INDArray trained = model.layers().get(0).getWeights().get(0);
        assertNotEquals(initial, trained);
        INDArray again = trainer.predict(iris.x(), 150);
        assertEquals(150, again.size(0));
    }

    @Test
    void trainOnBatchReturnsThatBatchsValues() {
        Dataset iris = Datasets.iris();
        Trainer trainer = new Trainer(irisModel()).compile("adam", "sparse_categorical_crossentropy", "accuracy");
        Map<String, Double> logs = trainer.trainOnBatch(iris.x(), iris.y());
        assertEquals(List.of("loss", "accuracy"), new ArrayList<>(logs.keySet()));
        assertTrue(logs.get("loss") > 0);
        assertThrows(IllegalStateException.class, () -> new Trainer(irisModel()).trainOnBatch(iris.x(), iris.y()));
        assertEquals(Nd4j.scalar(1.0).getDouble(0), 1.0);
    }
}
