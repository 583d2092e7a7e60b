package org.layerwright.io.hdf5;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.layerwright.io.InvalidModelFileException;

/**
 * Writes a file through a temporary file in the same directory, renamed into place when complete. The result has
 * the permissions a plainly written file would have: those of the file it replaces, or else the user's default
 * (a temporary file from {@code Files.createTempFile} would be readable by its owner only).
 */
public final class AtomicFiles {
    /** Writes the content of a file at a path it is given. */
    @FunctionalInterface
    public interface FileWriter {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through {@code writer}: a reader never sees a half-written file, and a failed write
     * leaves any previous file untouched.
     */
    public static void write(Path target, FileWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createFile(dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp"));
            writer.writeTo(temp);
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InvalidModelFileException(target + ": cannot be written: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is only left behind if the directory itself became unwritable.
                }
            }
        }
    }

    private static void keepPermissions(Path previous, Path temp) throws IOException {
        if (Files.exists(previous) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(previous));
        }
    }
}
