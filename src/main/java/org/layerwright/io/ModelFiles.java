package org.layerwright.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.layerwright.core.Model;
import org.layerwright.io.hdf5.AtomicFiles;
import org.layerwright.io.hdf5.FullModelFiles;
import org.layerwright.io.hdf5.KerasArchive;
import org.layerwright.io.hdf5.Weights;

/**
 * Opens and writes model files by their extension: Keras JSON ({@code .json}), a full Keras HDF5 model
 * ({@code .h5}, {@code .hdf5}), weights only ({@code .weights.h5}, write only: it holds no architecture) and the
 * Keras 3 archive ({@code .keras}). Every error names the file and says what is wrong.
 *
 * <pre>{@code
 * Model model = ModelFiles.read(Path.of("model.h5"));
 * ModelFiles.write(model, Path.of("model.keras"));
 * }</pre>
 */
public final class ModelFiles {
    private static final String SUPPORTED = "Expected a Keras model file: .json, .h5, .hdf5 or .keras.";

    private ModelFiles() {
    }

    /** The model in a file, with its weights when the file has them. */
    public static Model read(Path file) {
        String name = lowerName(file);
        if (name.endsWith(".json")) {
            return Models.readJson(file);
        }
        if (name.endsWith(".weights.h5")) {
            throw new InvalidModelFileException(file + ": this file holds weights only, not a model. Open the model"
                    + " (.json, .h5 or .keras) and load these weights into it.");
        }
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            return FullModelFiles.load(file);
        }
        if (name.endsWith(".keras")) {
            return KerasArchive.read(file);
        }
        throw new InvalidModelFileException(file + ": unsupported file type. " + SUPPORTED);
    }

    /**
     * Writes a model in the format its extension names: {@code .json} (architecture), {@code .h5}/{@code .hdf5}
     * (Keras 2's {@code model.save}), {@code .weights.h5} (weights only, in the Keras 3 layout Keras reads from
     * that name), {@code .keras} (the Keras 3 archive). Keras 2's weights-only layout: {@link Weights#save}.
     */
    public static void write(Model model, Path file) {
        write(model, file, null);
    }

    /** As {@link #write(Model, Path)}; a full HDF5 model also stores {@code trainingConfigJson} when not null. */
    public static void write(Model model, Path file, String trainingConfigJson) {
        String name = lowerName(file);
        if (name.endsWith(".json")) {
            String json = model.toJson();
            AtomicFiles.write(file, temp -> Files.writeString(temp, json, StandardCharsets.UTF_8));
        } else if (name.endsWith(".weights.h5")) {
            Weights.saveKeras3(model, file);
        } else if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            FullModelFiles.save(model, file, trainingConfigJson);
        } else if (name.endsWith(".keras")) {
            KerasArchive.write(model, file);
        } else {
            throw new InvalidModelFileException(file + ": unsupported file type. Expected .json, .h5, .hdf5,"
                    + " .weights.h5 or .keras.");
        }
    }

    private static String lowerName(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
