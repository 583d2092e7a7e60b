package org.layerwright.app.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.layerwright.io.ModelFormat;

/** Dropping one model file on the window opens it (other drags, such as palette layers, pass through). */
public final class FileDrop {
    private FileDrop() {
    }

    /** Listens for file drops on the whole scene. */
    public static void install(Scene scene, Consumer<Path> open) {
        scene.addEventFilter(DragEvent.DRAG_OVER, event -> {
            if (openable(files(event.getDragboard())).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> file = openable(files(event.getDragboard()));
            if (file.isPresent()) {
                event.setDropCompleted(true);
                event.consume();
                // After the drop finishes: opening may ask questions in dialogs.
                javafx.application.Platform.runLater(() -> open.accept(file.get()));
            }
        });
    }

    /** The one dropped file when it is a single file of a kind Layerwright opens. */
    public static Optional<Path> openable(List<File> files) {
        if (files.size() != 1 || !files.get(0).isFile()) {
            return Optional.empty();
        }
        Path file = files.get(0).toPath();
        try {
            return ModelFormat.of(file) == ModelFormat.WEIGHTS_H5 ? Optional.empty() : Optional.of(file);
        } catch (RuntimeException unsupported) {
            return Optional.empty();
        }
    }

    private static List<File> files(Dragboard board) {
        return board.hasFiles() ? board.getFiles() : List.of();
    }
}
