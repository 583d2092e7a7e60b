package org.layerwright.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.layerwright.app.files.FileDialogs;
import org.layerwright.app.files.ImportDialog;
import org.layerwright.app.files.ImportPreview;
import org.layerwright.app.files.NativeFileDialogs;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;

/**
 * Writes a picture of the window to a PNG file once it has settled, then quits: the documentation's screenshots
 * are made with {@code -Dlayerwright.snapshot=FILE}. Options: {@code -Dlayerwright.snapshot.problem=true} first wires
 * a layer that cannot take its input, so the picture shows a problem node; {@code -Dlayerwright.snapshot.select=NAME}
 * selects a layer so the inspector shows it; {@code -Dlayerwright.snapshot.tidy=true} runs View ▸ Tidy Layout and
 * fits the model to the view, zoomed out no further than keeps the cards readable; {@code -Dlayerwright.snapshot.dialog=import} pictures the import dialog of the file
 * instead of the window.
 */
final class Snapshots {
    private static final double TIDY_MIN_ZOOM = 0.55;
    private Snapshots() {
    }

    static void writeWhenSettled(Scene scene, Path file, MainViewModel main, MainWindow window) {
        if (Boolean.getBoolean("layerwright.snapshot.problem")) {
            ProblemDemo.apply(main);
        }
        if (Boolean.getBoolean("layerwright.snapshot.tidy")) {
            main.tidyLayout();
            // Readable cards: a graph taller than the view shows from its top, with the minimap for the rest.
            window.canvas().fitToView(TIDY_MIN_ZOOM);
        }
        org.layerwright.editor.LayerNode selected = main.document().graph().byName(
                System.getProperty("layerwright.snapshot.select", ""));
        if (selected != null) {
            main.select(selected.id());
        }
        writeLater(scene, file, main::tell);
    }

    /** Dialogs that picture the import dialog when it is shown, then quit (the rest are the native ones). */
    static FileDialogs importDialogSnapshot(Path file) {
        return new NativeFileDialogs() {
            @Override
            public boolean confirmImport(Window owner, ImportPreview preview) {
                Dialog<ButtonType> dialog = ImportDialog.create(owner, preview);
                dialog.show();
                writeLater(dialog.getDialogPane().getScene(), file, message -> System.out.println(message));
                return false;
            }

            @Override
            public void showError(Window owner, String title, String message) {
                System.err.println(title + ": " + message);
                Platform.exit();
            }

            @Override
            public boolean askToRestore(Window owner, String description) {
                return false;
            }
        };
    }

    private static void writeLater(Scene scene, Path file, java.util.function.Consumer<String> tell) {
        PauseTransition settle = new PauseTransition(Duration.millis(800));
        settle.setOnFinished(event -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
                tell.accept("Snapshot written to " + file);
            } catch (IOException e) {
                tell.accept("Snapshot failed: " + e.getMessage());
            }
            Platform.exit();
        });
        settle.play();
    }
}
