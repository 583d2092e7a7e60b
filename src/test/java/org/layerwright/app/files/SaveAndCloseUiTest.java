package org.layerwright.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.commands.MoveNodesCommand.Point;
import org.layerwright.io.Models;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Saving, reopening with the layout, the modified mark in the title, and the unsaved-changes prompts. */
@ExtendWith(ApplicationExtension.class)
class SaveAndCloseUiTest {
    @TempDir
    static Path temp;
    private FileTestWindow app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Keras.clearSession();
        this.stage = stage;
        app = new FileTestWindow(stage, Files.createTempDirectory(temp, "config"));
    }

    private void moveFirstNode(FxRobot robot, double dx) {
        LayerNode first = app.main.document().graph().nodes().get(0);
        robot.interact(() -> app.main.moveNodes(Map.of(first.id(), new Point(first.x() + dx, first.y() + 7.25)),
                System.nanoTime()));
    }

    private static List<String> positions(ModelDocument document) {
        List<String> out = new ArrayList<>();
        for (LayerNode node : document.graph().nodes()) {
            out.add(node.name() + "@" + node.x() + "," + node.y());
        }
        return out;
    }

    @Test
    void saveAsThenReopenRestoresTheLayoutExactly(FxRobot robot) throws Exception {
        moveFirstNode(robot, 123.456789);
        List<String> layout = positions(app.main.document());
        Path file = temp.resolve("moved");
        app.dialogs.filesToSave.add(file);
        robot.clickOn("File").clickOn("Save As…");
        Path saved = temp.resolve("moved.json");
        FileTestWindow.waitUntil(() -> saved.equals(app.main.file()));
        assertEquals(List.of("mnist_mlp.json"), app.dialogs.suggestedNames);
        assertEquals(saved, app.main.file(), "a name without an extension is saved as the JSON document");
        assertEquals("moved.json — Layerwright", app.main.titleProperty().get());

        String text = Files.readString(saved);
        Map<String, Object> json = Models.parseJson(text, "saved");
        assertEquals(List.of("class_name", "config", "keras_version", "backend", "layerwright"),
                new ArrayList<>(json.keySet()));
        Model keras = Models.modelFromJson(text);
        assertEquals(535818L, keras.countParams(), "the file reads back as the same Keras model");

        robot.interact(() -> app.files.newDocument());
        assertEquals(0, app.main.document().graph().size());
        AtomicReference<CompletableFuture<Boolean>> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(app.files.openFile(saved, false)));
        assertTrue(FileTestWindow.await(opened.get()));
        assertTrue(app.dialogs.previews.isEmpty(), "a Layerwright document opens without the preview");
        assertEquals(layout, positions(app.main.document()));
        assertFalse(app.main.isModified());
    }

    @Test
    void aKerasArchiveKeepsTheLayoutInItsConfig(FxRobot robot) throws Exception {
        moveFirstNode(robot, 31.5);
        List<String> layout = positions(app.main.document());
        Path archive = temp.resolve("moved.keras");
        assertTrue(app.saved(robot, () -> app.files.saveTo(archive)), app.dialogs.errors::toString);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
            String config = new String(zip.getInputStream(zip.getEntry("config.json")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(List.of("class_name", "config", "layerwright"),
                    new ArrayList<>(Models.parseJson(config, "config.json").keySet()));
        }
        robot.interact(() -> app.files.newDocument());
        AtomicReference<CompletableFuture<Boolean>> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(app.files.openFile(archive, false)));
        assertTrue(FileTestWindow.await(opened.get()), app.dialogs.errors::toString);
        assertTrue(app.dialogs.previews.isEmpty(), "a Layerwright archive opens without the preview");
        assertEquals(layout, positions(app.main.document()));
        assertFalse(app.files.values().isEmpty(), "its weights came with it");
    }

    @Test
    void theTitleMarksChangesUntilSavedOrUndone(FxRobot robot) throws Exception {
        assertEquals("mnist_mlp — Layerwright", app.main.titleProperty().get());
        moveFirstNode(robot, 40);
        assertEquals("mnist_mlp * — Layerwright", app.main.titleProperty().get());
        robot.interact(app.main::undo);
        assertEquals("mnist_mlp — Layerwright", app.main.titleProperty().get());
        moveFirstNode(robot, 40);
        Path file = temp.resolve("titled.json");
        app.dialogs.filesToSave.add(file);
        assertTrue(app.saved(robot, () -> app.files.save()));
        assertEquals("titled.json — Layerwright", app.main.titleProperty().get());
        robot.interact(app.main::undo);
        assertEquals("titled.json * — Layerwright", app.main.titleProperty().get(), "undo past the save");
        robot.interact(app.main::redo);
        assertEquals("titled.json — Layerwright", app.main.titleProperty().get());
        // Ctrl+S saves to the same file without asking.
        moveFirstNode(robot, 10);
        assertTrue(app.saved(robot, () -> app.files.save()));
        assertEquals(1, app.dialogs.suggestedNames.size());
        assertFalse(app.main.isModified());
    }

    @Test
    void closingWithChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        moveFirstNode(robot, 40);
        ModelDocument edited = app.main.document();
        app.dialogs.saveAnswers.add(SaveChoice.CANCEL);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(List.of("mnist_mlp / closing"), app.dialogs.saveQuestions);
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertSame(edited, app.main.document());

        Path file = temp.resolve("closing.json");
        app.dialogs.saveAnswers.add(SaveChoice.SAVE);
        app.dialogs.filesToSave.add(file);
        AtomicReference<Boolean> mayClose = new AtomicReference<>();
        robot.interact(() -> mayClose.set(app.files.confirmDiscard("closing")));
        assertTrue(mayClose.get());
        assertTrue(Files.exists(file), "Save wrote the file before closing");
        assertFalse(app.main.isModified());
    }

    @Test
    void newAndOpenAskAboutUnsavedChanges(FxRobot robot) {
        moveFirstNode(robot, 40);
        ModelDocument edited = app.main.document();
        app.dialogs.saveAnswers.add(SaveChoice.CANCEL);
        robot.interact(app.files::newDocument);
        assertSame(edited, app.main.document(), "Cancel keeps the document");
        app.dialogs.saveAnswers.add(SaveChoice.CANCEL);
        robot.interact(app.files::open);
        assertTrue(app.dialogs.openFilters.isEmpty(), "Cancel stops before the file chooser");
        app.dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        robot.interact(app.files::newDocument);
        assertNotSame(edited, app.main.document());
        assertEquals(List.of("mnist_mlp / starting a new model", "mnist_mlp / opening another model",
                "mnist_mlp / starting a new model"), app.dialogs.saveQuestions);
        assertEquals("untitled — Layerwright", app.main.titleProperty().get());
    }

    @Test
    void aDrawingWithAProblemIsStillSavedAsJson(FxRobot robot) throws Exception {
        robot.interact(() -> app.main.appendAfterSelection("Conv2D"));
        Path file = temp.resolve("problem.json");
        assertTrue(app.saved(robot, () -> app.files.saveTo(file)));
        assertTrue(app.main.statusProperty().get().startsWith("Saved problem.json with a problem Keras will refuse"
                + " until it is fixed: "), app.main.statusProperty().get());
        assertTrue(Files.readString(file).contains("\"class_name\": \"Conv2D\""));
        Path h5 = temp.resolve("problem.h5");
        assertFalse(app.saved(robot, () -> app.files.saveTo(h5)));
        assertTrue(app.dialogs.errors.get(0).startsWith("Cannot save problem.h5: " + h5 + ": cannot be saved as an"
                + " HDF5 model while the model has a problem: "), app.dialogs.errors.get(0));
        assertFalse(Files.exists(h5));
    }

    @Test
    void recentFilesArePersistedAndOpenFromTheMenu(FxRobot robot) throws Exception {
        Path file = temp.resolve("recent.json");
        int layers = app.main.document().graph().size();
        assertTrue(app.saved(robot, () -> app.files.saveTo(file)));
        assertEquals(List.of(file.toAbsolutePath()), app.files.recentFiles());
        RecentFiles again = new RecentFiles(app.config.resolve("recent-files.txt"));
        assertEquals(List.of(file.toAbsolutePath()), again.files());
        robot.interact(app.files::newDocument);
        robot.clickOn("File").clickOn("Open Recent").clickOn("recent.json  —  " + temp.toAbsolutePath());
        FileTestWindow.waitUntil(() -> file.equals(app.main.file()));
        assertEquals(layers, app.main.document().graph().size());
    }
}
