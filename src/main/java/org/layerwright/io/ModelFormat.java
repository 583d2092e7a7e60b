package org.layerwright.io;

import java.nio.file.Path;
import java.util.Locale;

/** The model file formats, chosen by file extension. */
public enum ModelFormat {
    /**
     * Keras JSON ({@code to_json()}, any generation) or, when read, a TensorFlow.js model.json (written only when
     * asked for: {@code ModelFiles.writeTfjs}).
     */
    JSON,
    /** Keras YAML ({@code to_yaml()} of Keras ≤ 2.5). */
    YAML,
    /** A full Keras HDF5 model ({@code model.save('m.h5')}): architecture and weights. */
    HDF5,
    /** Weights only ({@code .weights.h5}): written in the Keras 3 layout; it holds no architecture. */
    WEIGHTS_H5,
    /** The Keras 3 {@code .keras} archive. */
    KERAS;

    static final String EXTENSIONS = ".json, .yaml, .yml, .h5, .hdf5, .weights.h5 or .keras";

    /** The format of a file by its extension; an unknown extension is refused with the list of known ones. */
    public static ModelFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".weights.h5")) {
            return WEIGHTS_H5;
        }
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            return HDF5;
        }
        if (name.endsWith(".keras")) {
            return KERAS;
        }
        throw new InvalidModelFileException(file.toString(), null, "unsupported file type. Expected a Keras model"
                + " file: " + EXTENSIONS + ".", null);
    }
}
