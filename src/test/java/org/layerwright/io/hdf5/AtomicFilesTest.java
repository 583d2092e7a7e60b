package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.io.InvalidModelFileException;

/** Saved files look as if written in place: a failed write changes nothing, permissions are the usual ones. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aNewFileGetsTheDefaultPermissionsAndAReplacedFileKeepsItsOwn() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path saved = dir.resolve("saved.txt");
        AtomicFiles.write(saved, temp -> Files.writeString(temp, "one"));
        assertEquals(permissions(plain), permissions(saved), "as a file created the usual way (not owner-only)");

        Files.setPosixFilePermissions(saved, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(saved, temp -> Files.writeString(temp, "two"));
        assertEquals("rw-------", permissions(saved));
        assertEquals("two", Files.readString(saved));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path saved = dir.resolve("model.json");
        Files.writeString(saved, "before");
        assertThrows(InvalidModelFileException.class, () -> AtomicFiles.write(saved, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("disk full");
        }));
        assertEquals("before", Files.readString(saved));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
