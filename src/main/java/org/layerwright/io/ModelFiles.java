package org.layerwright.io;

import java.nio.file.Path;
import java.util.Locale;
import org.layerwright.core.Model;

/** Opens a model file by its extension. Every error names the file and says what is wrong. */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** The model in a file: Keras JSON ({@code .json}). */
    public static Model read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Models.readJson(file);
        }
        throw new InvalidModelFileException(file + ": unsupported file type. Expected a Keras model JSON file"
                + " (.json).");
    }
}
