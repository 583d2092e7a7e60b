package org.layerwright.io;

import java.nio.file.Path;
import java.util.Locale;

/** The model file formats, chosen by file extension. */
public enum ModelFormat {
    /** Keras JSON ({@code to_json()}, any generation) or a TensorFlow.js model.json. */
    JSON,
    /** Keras YAML ({@code to_yaml()} of Keras ≤ 2.5). */
    YAML;

    /**
     * The format of a file by its extension. HDF5 ({@code .h5}, {@code .hdf5}) and {@code .keras} archives are
     * recognised but not read here yet; they get their own format when their reader exists.
     */
    public static ModelFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".h5") || name.endsWith(".hdf5") || name.endsWith(".keras")) {
            throw new InvalidModelFileException(file.toString(), null, "HDF5 and .keras model files are not"
                    + " supported yet. Use a Keras JSON (.json) or YAML (.yaml, .yml) file.", null);
        }
        throw new InvalidModelFileException(file.toString(), null, "unsupported file type. Expected a Keras model"
                + " JSON (.json) or YAML (.yaml, .yml) file.", null);
    }
}
