package org.layerwright.app.files;

import java.util.List;

/**
 * A file type offered by a file chooser.
 *
 * @param description what the user sees ("Keras JSON")
 * @param patterns    glob patterns ({@code *.json})
 */
public record FileFilter(String description, List<String> patterns) {
    public FileFilter {
        patterns = List.copyOf(patterns);
    }

    /** Every model file Layerwright opens. */
    public static final FileFilter ALL_MODELS = new FileFilter("Keras models (.json, .yaml, .h5, .keras)",
            List.of("*.json", "*.yaml", "*.yml", "*.h5", "*.hdf5", "*.keras"));
    /** Keras JSON ({@code to_json}), also a Layerwright document. */
    public static final FileFilter JSON = new FileFilter("Keras JSON (.json)", List.of("*.json"));
    /** A TensorFlow.js Layers model. */
    public static final FileFilter TFJS = new FileFilter("TensorFlow.js model.json", List.of("model.json",
            "*.json"));
    /** Keras YAML ({@code to_yaml}, Keras ≤ 2.5). */
    public static final FileFilter YAML = new FileFilter("Keras YAML (.yaml, .yml)", List.of("*.yaml", "*.yml"));
    /** A full HDF5 model ({@code model.save('m.h5')}). */
    public static final FileFilter HDF5 = new FileFilter("HDF5 model (.h5, .hdf5)", List.of("*.h5", "*.hdf5"));
    /** The Keras 3 archive. */
    public static final FileFilter KERAS = new FileFilter("Keras 3 archive (.keras)", List.of("*.keras"));
    /** Weights files ({@code save_weights}). */
    public static final FileFilter WEIGHTS = new FileFilter("Keras weights (.weights.h5, .h5, .hdf5)",
            List.of("*.weights.h5", "*.h5", "*.hdf5"));

    /** The filters of File ▸ Open and Import ▸ Architecture. */
    public static List<FileFilter> models() {
        return List.of(ALL_MODELS, JSON, TFJS, YAML, HDF5, KERAS);
    }

    /** The filters of Save As, the Layerwright document (JSON) first. */
    public static List<FileFilter> saveTargets() {
        return List.of(JSON, YAML, HDF5, KERAS);
    }

    /** The filters of Import ▸ Weights. */
    public static List<FileFilter> weights() {
        return List.of(WEIGHTS);
    }
}
