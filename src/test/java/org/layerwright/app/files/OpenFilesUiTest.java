package org.layerwright.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.editor.ModelDocument;
import org.layerwright.io.ModelFiles;
import org.layerwright.io.hdf5.WeightsReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens every supported format in the real window through the File actions, with the dialogs answered. */
@ExtendWith(ApplicationExtension.class)
class OpenFilesUiTest {
    @TempDir
    static Path temp;
    private FileTestWindow app;

    @Start
    void start(Stage stage) throws Exception {
        Keras.clearSession();
        app = new FileTestWindow(stage, Files.createTempDirectory(temp, "config"));
    }

    private <T> T run(FxRobot robot, Supplier<CompletableFuture<T>> action) {
        AtomicReference<CompletableFuture<T>> future = new AtomicReference<>();
        robot.interact(() -> future.set(action.get()));
        T result = FileTestWindow.await(future.get());
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private ImportPreview openConfirmed(FxRobot robot, Path file) {
        app.dialogs.importAnswers.add(true);
        assertTrue(run(robot, () -> app.files.openFile(file, false)), () -> "not opened: " + app.dialogs.errors);
        assertEquals(1, app.dialogs.previews.size(), "the import dialog was shown once");
        return app.dialogs.previews.remove(0);
    }

    @Test
    void fileMenuOpenShowsThePreviewThenTheModel(FxRobot robot) {
        app.dialogs.filesToOpen.add(Fixtures.keras("kotlindl_lenet_config.json"));
        app.dialogs.importAnswers.add(true);
        robot.clickOn("File").clickOn("Open…");
        FileTestWindow.waitUntil(() -> app.main.file() != null);
        ImportPreview preview = app.dialogs.previews.get(0);
        assertEquals("Keras JSON", preview.format());
        assertEquals("Sequential", preview.className());
        assertEquals(8, preview.layerCount());
        assertEquals(844326L, preview.paramCount());
        assertEquals("2.2.4-tf", preview.kerasVersion());
        assertEquals("tensorflow", preview.backend());
        assertEquals("none (architecture only)", preview.weights());
        assertTrue(preview.problems().isEmpty());
        assertEquals(9, app.main.document().graph().size(), "8 layers and the InputLayer Keras adds");
        assertEquals("kotlindl_lenet_config.json — Layerwright", app.main.titleProperty().get());
        assertTrue(app.dialogs.openFilters.get(0).contains(FileFilter.TFJS));
        assertEquals(Fixtures.keras("kotlindl_lenet_config.json").toAbsolutePath().normalize(),
                app.files.recentFiles().get(0));
    }

    @Test
    void yamlOpens(FxRobot robot) {
        Path yaml = temp.resolve("lenet.yaml");
        ModelFiles.write(ModelFiles.read(Fixtures.keras("kotlindl_lenet_config.json")), yaml);
        ImportPreview preview = openConfirmed(robot, yaml);
        assertEquals("Keras YAML", preview.format());
        assertEquals(8, preview.layerCount());
        assertEquals(844326L, preview.paramCount());
        assertEquals(Keras.VERSION, preview.kerasVersion());
        assertEquals(yaml, app.main.file());
    }

    @Test
    void fullHdf5ModelOpensWithItsWeights(FxRobot robot) {
        ImportPreview preview = openConfirmed(robot, Fixtures.keras("kotlindl_cifar10_cnn_model.h5"));
        assertEquals("HDF5 full model", preview.format());
        assertEquals(122570L, preview.paramCount());
        assertEquals("2.5.0", preview.kerasVersion());
        assertEquals("tensorflow", preview.backend());
        assertTrue(preview.weights().startsWith("loaded for "), preview.weights());
        assertFalse(app.files.values().isEmpty(), "the weights stay with the document");
        assertEquals(preview.layerCount() + 1, app.main.document().graph().size());
    }

    @Test
    void kerasArchiveOpens(FxRobot robot) {
        Path archive = temp.resolve("lenet.keras");
        ModelFiles.write(ModelFiles.read(Fixtures.keras("kotlindl_lenet_config.json")), archive);
        ImportPreview preview = openConfirmed(robot, archive);
        assertEquals("Keras 3 archive (.keras)", preview.format());
        assertEquals(844326L, preview.paramCount());
        assertEquals(Keras.VERSION, preview.kerasVersion());
        assertEquals(null, preview.backend());
        assertTrue(preview.weights().startsWith("loaded for "), preview.weights());
    }

    @Test
    void tensorflowJsModelOpensUntitled(FxRobot robot) {
        ImportPreview preview = openConfirmed(robot, Fixtures.keras("ml5_doodlenet_tfjs_model.json"));
        assertEquals("TensorFlow.js model.json", preview.format());
        assertEquals(13, preview.layerCount());
        assertEquals(544201L, preview.paramCount());
        assertEquals("2.2.4-tf", preview.kerasVersion());
        assertTrue(preview.weights().startsWith("not loaded: weightsManifest[0].paths: the shard file"
                + " group1-shard1of1.bin is missing"), preview.weights());
        assertEquals(null, app.main.file(), "saving never writes Keras JSON over a TensorFlow.js file");
    }

    @Test
    void weightsLoadIntoTheCurrentModelByPositionAndByName(FxRobot robot) {
        openConfirmed(robot, Fixtures.keras("kotlindl_lenet_config.json"));
        Path weights = Fixtures.keras("kotlindl_lenet_weights.h5");
        app.dialogs.filesToOpen.add(weights);
        app.dialogs.weightsAnswers.add(new WeightsOptions(false, false));
        robot.interact(app.files::importWeights);
        FileTestWindow.waitUntil(() -> !app.dialogs.reports.isEmpty());
        WeightsReport byPosition = app.dialogs.reports.get(0);
        assertEquals(5, byPosition.count(WeightsReport.Outcome.LOADED), byPosition.toString());
        assertEquals(5, app.files.values().layerCount());

        // Rename one layer: by name, it is not in the file and keeps what it had.
        String conv = app.main.document().graph().nodes().get(1).id();
        robot.interact(() -> app.main.rename(conv, "renamed_conv"));
        WeightsReport byName = run(robot, () -> app.files.loadWeights(weights, new WeightsOptions(true, true)));
        assertEquals(4, byName.count(WeightsReport.Outcome.LOADED));
        assertEquals(1, byName.count(WeightsReport.Outcome.NOT_IN_FILE));
        assertEquals("renamed_conv", byName.layers().stream().filter(r -> r.outcome()
                == WeightsReport.Outcome.NOT_IN_FILE).findFirst().orElseThrow().layer());

        // Saved as HDF5, the loaded values go into the file.
        Path saved = temp.resolve("lenet-trained.h5");
        assertTrue(app.saved(robot, () -> app.files.saveTo(saved)), app.dialogs.errors::toString);
        Model reread = ModelFiles.read(saved);
        Model original = ModelFiles.read(Fixtures.keras("kotlindl_lenet_config.json"));
        org.layerwright.io.hdf5.Weights.load(original, weights);
        String last = original.layers().get(original.layers().size() - 1).name();
        assertEquals(original.getLayer(last).getWeights().get(0), reread.getLayer(last).getWeights().get(0));
    }

    @Test
    void weightsThatDoNotFitAreRefusedWithOneMessage(FxRobot robot) {
        openConfirmed(robot, Fixtures.keras("kotlindl_lenet_config.json"));
        WeightsReport report = run(robot, () -> app.files.loadWeights(Fixtures.keras("kotlindl_lstm_weights.h5"),
                new WeightsOptions(false, false)));
        assertEquals(null, report);
        assertEquals(1, app.dialogs.errors.size());
        String error = app.dialogs.errors.get(0);
        assertTrue(error.startsWith("Cannot load weights from kotlindl_lstm_weights.h5: You are trying to load a"
                + " weight file containing"), error);
        assertTrue(error.endsWith("Nothing was loaded."), error);
    }

    @Test
    void whatCouldNotBeReadIsListedInTheImportDialog(FxRobot robot) throws Exception {
        Path file = temp.resolve("custom.json");
        Files.writeString(file, "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"custom\", \"layers\": ["
                + "{\"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 4], \"name\": \"in\"}},"
                + "{\"class_name\": \"Wormhole\", \"config\": {\"name\": \"w\"}}]}}");
        ImportPreview preview = openConfirmed(robot, file);
        assertEquals(1, preview.problems().size());
        assertTrue(preview.problems().get(0).contains("unknown layer class Wormhole"), preview.problems().get(0));
        assertEquals(null, preview.kerasVersion());
        AtomicReference<javafx.scene.Parent> content = new AtomicReference<>();
        robot.interact(() -> content.set(ImportDialog.content(preview)));
        javafx.scene.control.ListView<?> problems = (javafx.scene.control.ListView<?>) content.get().lookup(
                "#import-problems");
        assertEquals(preview.problems(), problems.getItems());
        assertEquals("not recorded in the file", ((javafx.scene.control.Label) content.get().lookup(
                "#import-keras-version")).getText());
        assertNotNull(app.main.document().graph().byName("w"), "the unknown layer is kept on the canvas");
    }

    @Test
    void cancellingTheImportLeavesTheCanvasAsItWas(FxRobot robot) {
        ModelDocument before = app.main.document();
        long revision = before.revision();
        String title = app.main.titleProperty().get();
        app.dialogs.importAnswers.add(false);
        assertFalse(run(robot, () -> app.files.openFile(Fixtures.keras("kotlindl_app_vgg.json"), false)));
        assertEquals(1, app.dialogs.previews.size());
        assertEquals(23, app.dialogs.previews.get(0).layerCount());
        assertSame(before, app.main.document());
        assertEquals(revision, before.revision());
        assertEquals(title, app.main.titleProperty().get());
        assertTrue(app.dialogs.errors.isEmpty());
    }

    @Test
    void aFileThatCannotBeReadShowsOneMessageAndChangesNothing(FxRobot robot) throws Exception {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"class_name\": \"Sequential\", \"config\": ");
        ModelDocument before = app.main.document();
        assertFalse(run(robot, () -> app.files.openFile(broken, false)));
        assertSame(before, app.main.document());
        assertTrue(app.dialogs.previews.isEmpty());
        assertEquals(1, app.dialogs.errors.size());
        String error = app.dialogs.errors.get(0);
        assertTrue(error.startsWith("Cannot open broken.json: " + broken + ": not valid JSON at line 1"), error);
        assertTrue(error.endsWith("Is the file complete?"), error);
        assertFalse(error.contains("Exception") || error.contains("\tat "), error);
    }

    @Test
    void aWeightsFileOpenedAsAModelSaysWhatToDo(FxRobot robot) {
        assertFalse(run(robot, () -> app.files.openFile(Fixtures.keras("kotlindl_lenet_weights.h5"), false)));
        assertEquals(1, app.dialogs.errors.size());
        assertTrue(app.dialogs.errors.get(0).contains("this file holds weights only, not a model. Open the model's"
                + " architecture first, then use File ▸ Import ▸ Weights into Current Model."),
                app.dialogs.errors.get(0));
    }

    @Test
    void importKeepsTheDocumentUntitled(FxRobot robot) {
        app.dialogs.filesToOpen.add(Fixtures.keras("kotlindl_cifar10_cnn_model.h5"));
        app.dialogs.importAnswers.add(true);
        robot.interact(app.files::importArchitecture);
        FileTestWindow.waitUntil(() -> !app.dialogs.previews.isEmpty());
        assertNotNull(app.main.document().graph().byName("conv2d"));
        assertEquals(null, app.main.file());
    }
}
