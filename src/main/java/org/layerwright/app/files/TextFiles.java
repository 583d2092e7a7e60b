package org.layerwright.app.files;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.layerwright.io.InvalidModelFileException;

/** Reads a text model file, with errors that name the file and say what to do. */
final class TextFiles {
    private TextFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidModelFileException(file.toString(), null, "no such file. It may have been moved or"
                    + " deleted; check the path.", e);
        } catch (MalformedInputException e) {
            throw new InvalidModelFileException(file.toString(), null, "not a text file (it is not UTF-8)."
                    + " Expected a Keras JSON or YAML model.", e);
        } catch (IOException e) {
            throw new InvalidModelFileException(file.toString(), null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
