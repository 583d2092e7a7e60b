package org.layerwright.app.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.layerwright.app.workbench.MainViewModel;

/**
 * The documentation's dashboard screenshots: with {@code -Dlayerwright.snapshot.train=EPOCHS}, once the model is
 * open the window shows the Train tab, trains on the data that fits the model with a 0.1 validation split, writes
 * {@code dashboard-training.png} halfway and {@code dashboard-finished.png} at the end (into
 * {@code -Dlayerwright.snapshot.dir}, default {@code docs/screenshots}), then quits.
 */
final class TrainingSnapshots {
    private final WorkbenchTabs tabs;
    private final DashboardViewModel model;
    private final Path folder;
    private boolean duringTaken;

    private TrainingSnapshots(WorkbenchTabs tabs, Path folder) {
        this.tabs = tabs;
        this.model = tabs.dashboard().model();
        this.folder = folder;
    }

    static void scheduleIfAsked(WorkbenchTabs tabs, MainViewModel main) {
        String epochs = System.getProperty("layerwright.snapshot.train");
        if (epochs == null) {
            return;
        }
        TrainingSnapshots snapshots = new TrainingSnapshots(tabs, Path.of(System.getProperty(
                "layerwright.snapshot.dir", "docs/screenshots")));
        main.documentProperty().addListener((obs, old, document) -> later(800,
                () -> snapshots.train(Integer.parseInt(epochs.trim()))));
    }

    private void train(int epochs) {
        // Large enough for the log's lines and the results side by side.
        tabs.getScene().getWindow().setWidth(1580);
        tabs.getScene().getWindow().setHeight(980);
        tabs.showTrain();
        model.settings().epochsProperty().set(epochs);
        model.settings().validationSplitProperty().set(0.1);
        model.settings().optimizerProperty().set("adam");
        model.settings().batchSizeProperty().set(64);
        model.data().summaryProperty().addListener((obs, old, data) -> start());
        if (model.data().summaryProperty().get() != null) {
            start();
        }
    }

    private void start() {
        if (!model.start()) {
            System.err.println("Cannot train: " + model.checkProperty().get().problem());
            Platform.exit();
            return;
        }
        TrainingSession session = model.session();
        session.progress().fractionProperty().addListener((obs, old, value) -> {
            if (!duringTaken && value.doubleValue() >= 0.6) {
                duringTaken = true;
                write("dashboard-training.png");
            }
        });
        session.stateProperty().addListener((obs, old, state) -> {
            if (!state.active()) {
                later(1000, () -> {
                    write("dashboard-finished.png");
                    Platform.exit();
                });
            }
        });
    }

    private void write(String name) {
        Scene scene = tabs.getScene();
        try {
            Files.createDirectories(folder);
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    folder.resolve(name).toFile());
            System.out.println("Snapshot written to " + folder.resolve(name));
        } catch (IOException e) {
            System.err.println("Snapshot failed: " + e.getMessage());
        }
    }

    private static void later(double millis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(event -> action.run());
        pause.play();
    }
}
