package org.layerwright.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.io.InvalidModelFileException;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's {@code model.save_weights('w.h5')} and {@code model.load_weights('w.h5', by_name, skip_mismatch)}
 * for HDF5 files, in Keras 2's layout.
 *
 * <pre>{@code
 * Weights.save(model, Path.of("w.h5"));
 * Weights.load(other, Path.of("w.h5"));                 // by position
 * List<String> skipped = Weights.load(other, Path.of("w.h5"), true, true);  // by name, skipping mismatches
 * }</pre>
 */
public final class Weights {
    private Weights() {
    }

    /** Writes every layer's weights (Keras's {@code save_weights} to an {@code .h5} file). */
    public static void save(Model model, Path file) {
        H5Group root = new H5Group();
        WeightsLayout.write(root, model);
        AtomicFiles.write(file, temp -> H5Writer.write(root, temp));
    }

    /**
     * Writes the weights in Keras 3's layout ({@code model.save_weights('x.weights.h5')} in Keras 3 and in Keras
     * 2.13+: {@code layers/<name>/vars/<i>}), the layout Keras expects from a file named {@code .weights.h5}.
     */
    public static void saveKeras3(Model model, Path file) {
        H5Group root = new H5Group();
        KerasV3Weights.write(root, model);
        AtomicFiles.write(file, temp -> H5Writer.write(root, temp));
    }

    /** Loads weights by position (layers without weights are skipped on both sides). */
    public static void load(Model model, Path file) {
        load(model, file, false, false);
    }

    /**
     * Loads weights by position or by layer name. A full-model file's {@code model_weights} group is used when the
     * root holds no weights. A file in Keras 3's layout ({@link #saveKeras3}) is matched by structure, as Keras 3
     * matches it, and cannot be loaded by name. Returns the warnings for skipped layers (only with
     * {@code skipMismatch}).
     */
    public static List<String> load(Model model, Path file, boolean byName, boolean skipMismatch) {
        if (skipMismatch && !byName) {
            throw new IllegalArgumentException("When calling model.load_weights, skip_mismatch can only be set to"
                    + " True when by_name is True.");
        }
        if (model.isSubclassed() && !model.isBuilt()) {
            throw new UnsupportedModelOperationException("Unable to load weights saved in HDF5 format into a"
                    + " subclassed Model which has not created its variables yet. Call the Model first, then load"
                    + " the weights.");
        }
        requireFile(file);
        try (HdfFile hdf = new HdfFile(file)) {
            if (!SavedWeights.isWeightsGroup(hdf) && hdf.getChild("model_weights") == null
                    && hdf.getChild("layers") != null) {
                if (byName) {
                    throw new InvalidModelFileException(file + " has Keras 3's weights layout"
                            + " (layers/<name>/vars), which is matched by the model's structure: load it with"
                            + " by_name=False.");
                }
                KerasV3Weights.load(hdf, model);
                return List.of();
            }
            SavedWeights saved = weightsGroup(hdf, file);
            return byName ? WeightsLoader.byName(model, saved, skipMismatch)
                    : WeightsLoader.byPosition(model, saved);
        } catch (LayerwrightException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidModelFileException(file + ": not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #load(Model, Path, boolean, boolean)}, and says per layer what was loaded, skipped for a mismatch,
     * or not found in the file. When Keras would refuse the file, the same exception is thrown and nothing is
     * loaded.
     */
    public static WeightsReport loadWithReport(Model model, Path file, boolean byName, boolean skipMismatch) {
        List<String> warnings = load(model, file, byName, skipMismatch);
        try {
            return WeightsReport.describe(model, file, byName, warnings);
        } catch (LayerwrightException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidModelFileException(file + ": not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    /**
     * Sets some of a model's weights at once, as loading a weights file sets them: {@code values} maps an owner
     * layer (see {@link Model#weightOwners()}) to the new arrays by their index in its {@code weightSpecs()}. Arrays
     * an owner already holds are overwritten in place; weights not given keep their values (made by their
     * initializers if they had none). The caller has checked every shape.
     */
    public static void assign(Map<Layer, Map<Integer, INDArray>> values) {
        Map<Layer, Map<Integer, StoredArray>> stored = new IdentityHashMap<>();
        values.forEach((owner, arrays) -> {
            Map<Integer, StoredArray> byIndex = new LinkedHashMap<>();
            arrays.forEach((index, array) -> byIndex.put(index, StoredArray.of(array)));
            stored.put(owner, byIndex);
        });
        WeightsLoader.assign(stored);
    }

    /** The weights in a weights file or a full-model file, without a model to put them in. */
    public static SavedWeights read(Path file) {
        requireFile(file);
        try (HdfFile hdf = new HdfFile(file)) {
            return weightsGroup(hdf, file).inMemory();
        } catch (InvalidModelFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidModelFileException(file + ": not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    static SavedWeights weightsGroup(HdfFile hdf, Path file) {
        Group group = hdf;
        if (!SavedWeights.isWeightsGroup(hdf)) {
            Node modelWeights = hdf.getChild("model_weights");
            if (!(modelWeights instanceof Group)) {
                throw new InvalidModelFileException(file + ": no Keras weights in this HDF5 file (no layer_names"
                        + " attribute and no model_weights group).");
            }
            group = (Group) modelWeights;
        }
        return SavedWeights.read(group, file.toString());
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidModelFileException(file + ": no such file. Check the path.");
        }
    }
}
