package org.layerwright.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.app.TestWindows;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.core.Keras;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.TestDocuments;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Trains from the Train tab of the real window, headless: the sample MLP (with an 8×8 input) on digits. */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-background");
        thread.setDaemon(true);
        return thread;
    });
    private MainViewModel main;
    private DashboardViewModel dashboard;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        Keras.clearSession();
        Keras.setRandomSeed(1); // the same first weights on every run
        main = new MainViewModel(ModelConversion.fromJson(digitsMlp()));
        dashboard = TestWindows.show(stage, main, background, 1260, 790).tabs().dashboard().model();
    }

    @AfterEach
    void stopTraining() {
        WaitForAsyncUtils.asyncFx(() -> dashboard.session().stop());
        background.shutdownNow();
    }

    /** The bundled MNIST MLP sample with an 8×8 input instead of 28×28, so it fits the digits data set. */
    static String digitsMlp() {
        return TestDocuments.resource(TestDocuments.SAMPLE).replace("[null, 28, 28]", "[null, 8, 8]");
    }

    private void openTrainTabWithDigits(FxRobot robot) {
        robot.clickOn("#tab-train");
        waitUntil(30, () -> dashboard.data().summaryProperty().get() != null);
        assertEquals("digits (bundled)", dashboard.data().sourceProperty().get(), "8×8 input suggests digits");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The data fits the model.", robot.lookup("#train-check").queryAs(Label.class).getText());
        robot.interact(() -> {
            dashboard.settings().optimizerProperty().set("adam");
            dashboard.settings().validationSplitProperty().set(0.2);
        });
    }

    private RunState state() {
        return dashboard.session().stateProperty().get();
    }

    private void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out; the run is " + state() + ": " + dashboard.session()
                    .messageProperty().get() + "\n" + String.join("\n", dashboard.session().log()), e);
        }
    }

    @Test
    void trainsDigitsWithLiveChartsPausesResumesAndFillsTheConfusionMatrix(FxRobot robot) throws Exception {
        openTrainTabWithDigits(robot);
        robot.interact(() -> dashboard.settings().epochsProperty().set(8));
        robot.clickOn("#train-start");
        TrainingCharts charts = dashboard.session().charts();
        waitUntil(60, () -> charts.points("loss (batch)") > 3);
        robot.clickOn("#train-pause");
        assertEquals(RunState.PAUSED, state());
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        int pausedAt = charts.points("loss (batch)");
        double progressAt = dashboard.session().progress().fractionProperty().get();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pausedAt, charts.points("loss (batch)"), "no batch runs while paused");
        assertEquals(progressAt, dashboard.session().progress().fractionProperty().get());
        assertTrue(robot.lookup("#train-progress-text").queryAs(Label.class).getText().startsWith("Paused · Epoch"));
        robot.clickOn("#train-resume");
        waitUntil(180, () -> state() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(charts.points("loss (batch)") > pausedAt, "batches resumed after the pause");
        assertEquals(8, charts.points("loss"));
        assertEquals(8, charts.points("val_loss"));
        assertEquals(8, charts.points("val_accuracy"));
        assertTrue(charts.points("accuracy (batch)") > 8);
        assertEquals(1.0, dashboard.session().progress().fractionProperty().get());
        String log = String.join("\n", dashboard.session().log());
        assertTrue(log.contains("Epoch 8/8"), log);
        assertTrue(log.matches("(?s).*\n45/45 \\[=+\\] - \\d+s \\d+(ms|us|s)/step - loss: \\d\\.\\d{4} - accuracy:"
                + " \\d\\.\\d{4} - val_loss: \\d\\.\\d{4} - val_accuracy: \\d\\.\\d{4}\n.*"), log);

        TrainingResults results = dashboard.session().resultsProperty().get();
        assertEquals(360, results.confusionTotal(), "every validation sample is counted once");
        assertTrue(results.confusionAccuracy() > 0.8, "accuracy " + results.confusionAccuracy());
        assertEquals(results.finalLogs().get("val_accuracy"), results.confusionAccuracy(), 1e-6);
        GridPane matrix = robot.lookup("#train-confusion").queryAs(GridPane.class);
        assertEquals(1 + 2 * 10 + 100, matrix.getChildren().size());
        assertEquals(16, results.samples().size());
        assertNotNull(results.samples().get(0).image(), "digits are shown as pictures");
        assertTrue(robot.lookup("#train-final-metrics").queryAs(Label.class).getText().contains("val_accuracy"));
    }

    @Test
    void stopKeepsTheWeightsWhichSaveAsHdf5AndAnotherRunCanStart(FxRobot robot) throws Exception {
        openTrainTabWithDigits(robot);
        robot.interact(() -> dashboard.settings().epochsProperty().set(500));
        robot.clickOn("#train-start");
        waitUntil(60, () -> dashboard.session().charts().points("loss (batch)") > 2);
        robot.clickOn("#train-stop");
        waitUntil(60, () -> state() == RunState.STOPPED);
        assertTrue(dashboard.session().progress().fractionProperty().get() < 0.5);
        assertEquals("Stopped. The model keeps the weights it had; save them or start again.",
                dashboard.session().messageProperty().get());
        assertTrue(dashboard.session().resultsProperty().get().confusionTotal() > 0);

        Path weights = folder.resolve("digits.h5");
        robot.interact(() -> dashboard.saveWeights(weights));
        waitUntil(60, () -> "Weights saved to digits.h5".equals(dashboard.session().messageProperty().get()));
        assertTrue(Files.size(weights) > 100_000, "512×64 + 256×512 + 10×256 floats and biases");
        assertEquals(main.statusProperty().get(), "Weights saved to digits.h5");

        robot.clickOn("#train-start");
        assertEquals(RunState.RUNNING, state());
        assertNull(dashboard.session().resultsProperty().get(), "a new run starts afresh");
        robot.clickOn("#train-stop");
        waitUntil(60, () -> state() == RunState.STOPPED);
    }

    @Test
    void editingTheCanvasDuringTrainingDoesNotDisturbTheRun(FxRobot robot) throws Exception {
        openTrainTabWithDigits(robot);
        robot.interact(() -> dashboard.settings().epochsProperty().set(500));
        robot.clickOn("#train-start");
        waitUntil(60, () -> dashboard.session().charts().points("loss (batch)") > 2);
        assertFalse(robot.lookup("#train-model-changed").query().isVisible());
        robot.interact(() -> {
            main.select(TestDocuments.id(main.document(), "dense_1"));
            main.deleteSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#train-model-changed").query().isVisible());
        assertNull(main.document().graph().byName("dense_1"));
        assertNotNull(dashboard.session().model().getLayer("dense_1"), "the run trains the snapshot taken at start");
        int before = dashboard.session().charts().points("loss (batch)");
        waitUntil(60, () -> dashboard.session().charts().points("loss (batch)") > before + 2);
        assertEquals(RunState.RUNNING, state(), "the snapshot keeps training");
        robot.clickOn("#train-stop");
        waitUntil(60, () -> state() == RunState.STOPPED);
        assertTrue(dashboard.checkProperty().get().problem().startsWith("The model has a problem: "),
                "the canvas is now broken (dense_2 lost its input), yet the run trained its snapshot");
    }

    @Test
    void anInfiniteLossStopsTheRunWithAPlainExplanation(FxRobot robot) throws Exception {
        Path huge = folder.resolve("huge.csv");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            rows.append(i + 1).append("e30,").append(64 - i).append("e30,").append(i % 2).append('\n');
        }
        Files.writeString(huge, rows);
        robot.interact(() -> main.open(ModelConversion.fromJson("{\"class_name\": \"Sequential\", \"config\":"
                + " {\"name\": \"linear\", \"layers\": [{\"class_name\": \"InputLayer\", \"config\":"
                + " {\"batch_input_shape\": [null, 2], \"dtype\": \"float32\", \"name\": \"input\"}},"
                + " {\"class_name\": \"Dense\", \"config\": {\"name\": \"dense\", \"units\": 1}}]}}")));
        robot.interact(() -> {
            dashboard.data().useFile(huge, DataFiles.LAST_COLUMN);
            dashboard.settings().lossProperty().set("mse");
            dashboard.settings().metrics().clear();
        });
        robot.clickOn("#tab-train");
        waitUntil(30, () -> dashboard.data().summaryProperty().get() != null);
        robot.clickOn("#train-start");
        waitUntil(60, () -> state() == RunState.FAILED);
        String message = dashboard.session().messageProperty().get();
        assertTrue(message.startsWith("Training stopped: the loss became "), message);
        assertTrue(message.contains("at epoch 1, batch 1") && message.contains("learning rate is too high (try"
                + " 0.0001)") && message.contains("not scaled"), message);
        assertEquals(0, dashboard.session().charts().points("loss (batch)"), "no garbage is drawn");
        assertNull(dashboard.session().resultsProperty().get());
    }

    @Test
    void aFlatModelGetsTheImagesReshapedAndTrainsWithAScheduleAndEarlyStopping(FxRobot robot) {
        robot.interact(() -> main.open(ModelConversion.fromJson("{\"class_name\": \"Sequential\", \"config\":"
                + " {\"name\": \"flat\", \"layers\": [{\"class_name\": \"InputLayer\", \"config\":"
                + " {\"batch_input_shape\": [null, 64], \"dtype\": \"float32\", \"name\": \"input\"}},"
                + " {\"class_name\": \"Dense\", \"config\": {\"name\": \"dense\", \"units\": 10,"
                + " \"activation\": \"softmax\"}}]}}")));
        robot.interact(() -> dashboard.data().useBundled("digits"));
        robot.clickOn("#tab-train");
        waitUntil(30, () -> dashboard.data().summaryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The model expects (None, 64); this data set gives (None, 8, 8): add a Flatten or reshape the"
                + " data.", robot.lookup("#train-check").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#train-start").query().isDisabled());
        robot.clickOn("#train-start");
        assertEquals(RunState.IDLE, state(), "data that does not fit is refused before training");
        robot.clickOn("#train-reshape");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("(None, 64)", dashboard.data().summaryProperty().get().inputShape().toString());
        assertEquals("The data fits the model.", robot.lookup("#train-check").queryAs(Label.class).getText());
        robot.interact(() -> {
            TrainingSettings settings = dashboard.settings();
            settings.optimizerProperty().set("adam");
            settings.epochsProperty().set(3);
            settings.scheduleProperty().set(LearningRateSchedule.EXPONENTIAL_DECAY);
            settings.scheduleFactorProperty().set(0.5);
            settings.earlyStoppingProperty().set(true);
            settings.earlyStoppingMonitorProperty().set("loss");
            settings.earlyStoppingPatienceProperty().set(5);
        });
        robot.clickOn("#train-start");
        waitUntil(120, () -> state() == RunState.FINISHED);
        TrainingResults results = dashboard.session().resultsProperty().get();
        assertEquals(0.00025, results.finalLogs().get("lr"), 1e-9, "0.001 halved after epochs 1 and 2");
        assertEquals(1797, results.confusionTotal(), "without a validation split, the training samples");
        assertTrue(results.evaluatedOn().equals("1797 training samples"), results.evaluatedOn());
        assertTrue(dashboard.session().log().get(0).endsWith("EarlyStopping(loss, patience=5), Exponential"
                + " decay (factor 0.5, 10 epochs)"), dashboard.session().log().get(0));
    }
}
