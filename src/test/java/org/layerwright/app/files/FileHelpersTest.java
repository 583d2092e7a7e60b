package org.layerwright.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.io.InvalidModelFileException;

/** Recent files, what a drop accepts, and the messages of failures. */
class FileHelpersTest {
    @TempDir
    Path temp;

    @Test
    void recentFilesKeepTheNewestTenWithoutDuplicates() {
        Path store = temp.resolve("sub/recent.txt");
        RecentFiles recent = new RecentFiles(store);
        for (int i = 0; i < 12; i++) {
            recent.add(temp.resolve("m" + i + ".json"));
        }
        recent.add(temp.resolve("m5.json"));
        RecentFiles reread = new RecentFiles(store);
        assertEquals(RecentFiles.LIMIT, reread.files().size());
        assertEquals(temp.resolve("m5.json"), reread.files().get(0));
        assertEquals(temp.resolve("m11.json"), reread.files().get(1));
        assertEquals(temp.resolve("m2.json"), reread.files().get(9));
        reread.remove(temp.resolve("m5.json"));
        assertEquals(temp.resolve("m11.json"), new RecentFiles(store).files().get(0));
        reread.clear();
        assertTrue(new RecentFiles(store).files().isEmpty());
    }

    @Test
    void aDropOpensOneModelFileOnly() throws Exception {
        File model = Files.writeString(temp.resolve("a.json"), "{}").toFile();
        File weights = Files.writeString(temp.resolve("w.weights.h5"), "").toFile();
        File text = Files.writeString(temp.resolve("notes.txt"), "").toFile();
        assertEquals(Optional.of(model.toPath()), FileDrop.openable(List.of(model)));
        assertEquals(Optional.empty(), FileDrop.openable(List.of(model, model)));
        assertEquals(Optional.empty(), FileDrop.openable(List.of(weights)));
        assertEquals(Optional.empty(), FileDrop.openable(List.of(text)));
        assertEquals(Optional.empty(), FileDrop.openable(List.of(temp.toFile())));
    }

    @Test
    void failureMessagesAreOneSentenceWithoutStackTraces() {
        assertEquals("m.json: bad", FailureMessages.of(new java.util.concurrent.CompletionException(
                new InvalidModelFileException("m.json: bad"))));
        assertEquals("no layers", FailureMessages.of(new InvalidConfigException("no layers")));
        assertEquals("Unexpected illegal state exception: broken. The file may be damaged or of a kind Layerwright"
                + " does not read.", FailureMessages.of(new IllegalStateException("broken")));
    }
}
