package org.layerwright.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.layerwright.app.workbench.MainViewModel;

/**
 * Writes a picture of the window to a PNG file once it has settled, then quits: the documentation's screenshots
 * are made with {@code -Dlayerwright.snapshot=FILE} (add {@code -Dlayerwright.snapshot.problem=true} to first wire
 * a layer that cannot take its input, so the picture shows a problem node, or {@code -Dlayerwright.snapshot.select=NAME}
 * to select a layer so the inspector shows it).
 */
final class Snapshots {
    private Snapshots() {
    }

    static void writeWhenSettled(Scene scene, Path file, MainViewModel main) {
        if (Boolean.getBoolean("layerwright.snapshot.problem")) {
            ProblemDemo.apply(main);
        }
        org.layerwright.editor.LayerNode selected = main.document().graph().byName(
                System.getProperty("layerwright.snapshot.select", ""));
        if (selected != null) {
            main.select(selected.id());
        }
        PauseTransition settle = new PauseTransition(Duration.millis(800));
        settle.setOnFinished(event -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
                main.tell("Snapshot written to " + file);
            } catch (IOException e) {
                main.tell("Snapshot failed: " + e.getMessage());
            }
            Platform.exit();
        });
        settle.play();
    }
}
