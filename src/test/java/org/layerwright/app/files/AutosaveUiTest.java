package org.layerwright.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.commands.MoveNodesCommand.Point;
import org.layerwright.io.Models;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Autosave to the recovery file on a timer, and restoring it at the next start. */
@ExtendWith(ApplicationExtension.class)
class AutosaveUiTest {
    @TempDir
    static Path temp;
    private FileTestWindow app;
    private Path recovery;

    @Start
    void start(Stage stage) throws Exception {
        Keras.clearSession();
        app = new FileTestWindow(stage, Files.createTempDirectory(temp, "config"));
        recovery = app.config.resolve(Autosave.FILE_NAME);
    }

    private LayerNode moveFirstNode(FxRobot robot) {
        LayerNode first = app.main.document().graph().nodes().get(0);
        robot.interact(() -> app.main.moveNodes(Map.of(first.id(), new Point(first.x() + 55.5, first.y())), 1));
        return app.main.document().graph().node(first.id());
    }

    @Test
    void theTimerWritesChangesAndACleanExitRemovesThem(FxRobot robot) throws Exception {
        Autosave autosave = new Autosave(app.main, recovery, Duration.millis(150), app.background);
        robot.interact(autosave::start);
        Thread.sleep(500);
        assertFalse(Files.exists(recovery), "nothing to recover while the document is unchanged");
        LayerNode moved = moveFirstNode(robot);
        FileTestWindow.waitUntil(() -> Files.exists(recovery));
        Map<String, Object> json = Models.parseJson(Files.readString(recovery), "recovery");
        assertEquals("Sequential", json.get("class_name"));
        assertTrue(json.get("layerwright").toString().contains(moved.name() + "=[" + moved.x() + ", " + moved.y()
                + "]"), json.get("layerwright").toString());
        robot.interact(app.main::undo);
        FileTestWindow.waitUntil(() -> !Files.exists(recovery));
        moveFirstNode(robot);
        FileTestWindow.waitUntil(() -> Files.exists(recovery));
        robot.interact(autosave::stopAndDiscard);
        assertFalse(Files.exists(recovery));
    }

    @Test
    void aRecoveryFileIsOfferedAndRestoredAsUnsavedWork(FxRobot robot) throws Exception {
        Path original = temp.resolve("work.json");
        assertTrue(app.saved(robot, () -> app.files.saveTo(original)));
        LayerNode moved = moveFirstNode(robot);
        Autosave autosave = new Autosave(app.main, recovery, Duration.minutes(1), app.background);
        AtomicReference<CompletableFuture<Void>> written = new AtomicReference<>();
        robot.interact(() -> written.set(autosave.saveNow()));
        FileTestWindow.await(written.get());
        autosave.stop();
        // As after a crash: a new start with the recovery file present.
        robot.interact(() -> app.files.show(new org.layerwright.editor.ModelDocument("untitled", true), null,
                LayerWeights.NONE));
        app.dialogs.restoreAnswer = true;
        AtomicReference<CompletableFuture<Boolean>> restored = new AtomicReference<>();
        robot.interact(() -> restored.set(app.files.offerRecovery(recovery)));
        assertTrue(FileTestWindow.await(restored.get()));
        assertEquals(1, app.dialogs.restoreQuestions);
        assertEquals(original, app.main.file(), "the work belongs to the file it was autosaved from");
        assertTrue(app.main.isModified());
        assertEquals("work.json * — Layerwright", app.main.titleProperty().get());
        LayerNode back = app.main.document().graph().byName(moved.name());
        assertEquals(moved.x(), back.x());
        assertEquals(moved.y(), back.y());
    }

    @Test
    void aDeclinedRecoveryIsDeleted(FxRobot robot) throws Exception {
        Files.writeString(recovery, "{}");
        app.dialogs.restoreAnswer = false;
        AtomicReference<CompletableFuture<Boolean>> restored = new AtomicReference<>();
        robot.interact(() -> restored.set(app.files.offerRecovery(recovery)));
        assertFalse(FileTestWindow.await(restored.get()));
        assertFalse(Files.exists(recovery));
    }
}
