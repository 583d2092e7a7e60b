package org.layerwright.app.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerwright.io.hdf5.AtomicFiles;

/**
 * The recently opened and saved files, newest first, at most {@link #LIMIT}; kept in a small text file (one
 * absolute path a line) given by the caller, so tests use their own.
 */
public final class RecentFiles {
    /** How many files the list keeps. */
    public static final int LIMIT = 10;
    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** The list kept in {@code store}; a missing or unreadable store gives an empty list. */
    public RecentFiles(Path store) {
        this.store = store;
        files.setAll(load(store));
    }

    /** The files, newest first (read-only). */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts a file first (moving it up when it is already listed) and stores the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        store();
    }

    /** Removes a file (one that no longer opens) and stores the list. */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            store();
        }
    }

    /** Empties the list. */
    public void clear() {
        files.clear();
        store();
    }

    private static List<Path> load(Path store) {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(store)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && out.size() < LIMIT) {
                    out.add(Path.of(line.strip()));
                }
            }
        } catch (IOException | InvalidPathException e) {
            // A damaged list is not worth an error: the user loses only the shortcuts.
            out.clear();
        }
        return out;
    }

    private void store() {
        List<String> lines = files.stream().map(Path::toString).toList();
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            AtomicFiles.write(store, temp -> Files.write(temp, lines, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // Losing the recent list must never stop opening or saving a model.
            System.getLogger(RecentFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot store the recent files in " + store + ": " + e.getMessage());
        }
    }
}
