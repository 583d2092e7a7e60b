package org.layerwright.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.layerwright.core.Model;
import org.layerwright.io.migrate.KerasGeneration;

/**
 * Opens and saves model files by their extension ({@link ModelFormat}). Every error names the file and says what
 * is wrong. Saving writes a temporary file next to the target and renames it into place, so a failed save never
 * leaves a half-written model.
 *
 * <pre>{@code
 * ModelDocument doc = ModelFiles.readDocument(Path.of("model.yaml"));
 * ModelFiles.write(Path.of("model.json"), doc, KerasGeneration.TF_KERAS_2);
 * }</pre>
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** The model in a file. */
    public static Model read(Path file) {
        return readDocument(file).model();
    }

    /** The model in a file, with its generation and the document's own top-level keys. */
    public static ModelDocument readDocument(Path file) {
        return readDocument(file, false);
    }

    /**
     * The model in a file; when {@code lenient}, layers of classes Layerwright does not know are kept as unknown
     * layers and named in the document's warnings instead of stopping the read (for summaries and the window).
     */
    public static ModelDocument readDocument(Path file, boolean lenient) {
        switch (ModelFormat.of(file)) {
            case YAML:
                return Models.readYamlDocument(file, lenient);
            case JSON:
            default:
                return Models.readJsonDocument(file, lenient);
        }
    }

    /**
     * Saves a document in the format of the file's extension. JSON is written as {@code generation} writes it;
     * YAML only exists in the tf.keras 2 form.
     */
    public static void write(Path file, ModelDocument document, KerasGeneration generation) {
        ModelFormat format = ModelFormat.of(file);
        String text;
        if (format == ModelFormat.YAML) {
            if (generation != KerasGeneration.TF_KERAS_2) {
                throw new InvalidModelFileException(file.toString(), null, "YAML model files only exist in the"
                        + " Keras 2 form (to_yaml() was removed in Keras 2.6). Write JSON for " + generation.title()
                        + ".", null);
            }
            text = ConfigWriter.toYaml(document);
        } else {
            text = ConfigWriter.toJson(document, generation);
        }
        writeAtomically(file, text);
    }

    /** Writes text to a temporary file in the target's directory, then renames it over the target. */
    static void writeAtomically(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InvalidModelFileException(file.toString(), null, "cannot be written: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the error that matters was already reported.
                }
            }
        }
    }
}
