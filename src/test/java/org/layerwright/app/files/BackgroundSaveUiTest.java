package org.layerwright.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.commands.MoveNodesCommand.Point;
import org.layerwright.io.InvalidModelFileException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Saving off the UI thread: a responsive window, the modified mark of edits made meanwhile, one write at a time. */
@ExtendWith(ApplicationExtension.class)
class BackgroundSaveUiTest {
    @TempDir
    static Path temp;
    private FileTestWindow app;
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicBoolean overlapped = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        Keras.clearSession();
        app = new FileTestWindow(stage, Files.createTempDirectory(temp, "config"));
    }

    /** Every write waits for {@link #release} after saying it started, and records overlapping writes. */
    @BeforeEach
    void slowWriter() {
        app.files.setSaveWriter((target, snapshot) -> {
            if (concurrent.incrementAndGet() > 1) {
                overlapped.set(true);
            }
            writes.incrementAndGet();
            writing.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS), "the test never released the write");
                return DocumentWriter.write(target, snapshot);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                concurrent.decrementAndGet();
            }
        });
    }

    private void moveFirstNode(FxRobot robot, double dx) {
        LayerNode first = app.main.document().graph().nodes().get(0);
        robot.interact(() -> app.main.moveNodes(Map.of(first.id(), new Point(first.x() + dx, first.y())),
                System.nanoTime()));
    }

    private CompletableFuture<Boolean> startSave(FxRobot robot, Path file) {
        AtomicReference<CompletableFuture<Boolean>> started = new AtomicReference<>();
        robot.interact(() -> started.set(app.files.saveTo(file)));
        return started.get();
    }

    @Test
    void theWindowStaysResponsiveAndAnEditDuringTheSaveStaysMarked(FxRobot robot) throws Exception {
        Path file = temp.resolve("slow.json");
        CompletableFuture<Boolean> saved = startSave(robot, file);
        assertTrue(writing.await(10, TimeUnit.SECONDS), "the write started");
        CompletableFuture<Boolean> uiRan = new CompletableFuture<>();
        Platform.runLater(() -> uiRan.complete(true));
        assertTrue(uiRan.get(5, TimeUnit.SECONDS), "the UI thread runs other work while the file is written");
        assertEquals("Saving slow.json…", app.main.statusProperty().get());
        assertTrue(app.files.savingProperty().get());
        assertFalse(saved.isDone());

        // Moved while the write still holds the position it started from.
        LayerNode first = app.main.document().graph().nodes().get(0);
        double savedX = first.x();
        moveFirstNode(robot, 25);
        release.countDown();
        assertTrue(FileTestWindow.await(saved));
        robot.interact(() -> { });
        assertEquals(file, app.main.file());
        assertTrue(app.main.isModified(), "the move made during the save is not in the file");
        assertEquals("slow.json * — Layerwright", app.main.titleProperty().get());
        assertFalse(app.files.savingProperty().get());
        String written = Files.readString(file);
        assertTrue(written.contains("\"" + first.name() + "\": [" + savedX + ", "), written);

        robot.interact(app.main::undo);
        assertEquals("slow.json — Layerwright", app.main.titleProperty().get(), "undo returns to what was saved");
    }

    @Test
    void aSecondSaveWaitsForTheFirstAndWritesTheLaterEdits(FxRobot robot) throws Exception {
        Path file = temp.resolve("twice.json");
        CompletableFuture<Boolean> first = startSave(robot, file);
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        moveFirstNode(robot, 40);
        LayerNode moved = app.main.document().graph().nodes().get(0);
        CompletableFuture<Boolean> second = startSave(robot, file);
        CompletableFuture<Boolean> third = startSave(robot, file);
        assertEquals(1, writes.get(), "no second write starts while the first runs");
        release.countDown();
        assertTrue(FileTestWindow.await(first));
        assertTrue(FileTestWindow.await(second));
        assertTrue(FileTestWindow.await(third));
        robot.interact(() -> { });
        assertEquals(2, writes.get(), "the repeated Save of the same file is written once more, not twice");
        assertFalse(overlapped.get(), "the writes never overlapped");
        assertFalse(app.main.isModified());
        assertTrue(Files.readString(file).contains("\"" + moved.name() + "\": [" + moved.x() + ", "));
    }

    @Test
    void aFailedSaveShowsWhyAndKeepsTheModifiedMark(FxRobot robot) throws Exception {
        app.files.setSaveWriter((target, snapshot) -> {
            throw new InvalidModelFileException(target + ": cannot be written: No space left on device");
        });
        moveFirstNode(robot, 10);
        Path file = temp.resolve("full.json");
        assertFalse(app.saved(robot, () -> app.files.saveTo(file)));
        assertEquals(List.of("Cannot save full.json: " + file + ": cannot be written: No space left on device"),
                app.dialogs.errors);
        assertTrue(app.main.isModified());
        assertEquals("mnist_mlp * — Layerwright", app.main.titleProperty().get());
        assertEquals("Not saved.", app.main.statusProperty().get());
        assertFalse(Files.exists(file));
    }

    @Test
    void closingWhileASaveRunsWaitsForItInsteadOfAsking(FxRobot robot) throws Exception {
        moveFirstNode(robot, 10);
        Path file = temp.resolve("closing-late.json");
        CompletableFuture<Boolean> saved = startSave(robot, file);
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        AtomicReference<Boolean> mayClose = new AtomicReference<>();
        robot.interact(() -> mayClose.set(app.files.confirmDiscard("closing")));
        assertTrue(mayClose.get());
        assertTrue(saved.isDone() && saved.get());
        assertTrue(app.dialogs.saveQuestions.isEmpty(), "the finished save left nothing to ask about");
        assertTrue(Files.exists(file));
    }

    @Test
    void saveFromTheClosePromptStillAnswersWhetherItSaved(FxRobot robot) throws Exception {
        release.countDown();
        moveFirstNode(robot, 10);
        Path file = temp.resolve("prompted.json");
        app.dialogs.saveAnswers.add(SaveChoice.SAVE);
        app.dialogs.filesToSave.add(file);
        AtomicReference<Boolean> mayClose = new AtomicReference<>();
        robot.interact(() -> mayClose.set(app.files.confirmDiscard("closing")));
        assertTrue(mayClose.get());
        assertTrue(Files.exists(file));

        app.files.setSaveWriter((target, snapshot) -> {
            throw new InvalidModelFileException(target + ": cannot be written: read-only file system");
        });
        moveFirstNode(robot, 10);
        app.dialogs.saveAnswers.add(SaveChoice.SAVE);
        robot.interact(() -> mayClose.set(app.files.confirmDiscard("closing")));
        assertFalse(mayClose.get(), "a failed save keeps the window open");
        assertEquals(1, app.dialogs.errors.size());
        assertTrue(app.main.isModified());
    }
}
