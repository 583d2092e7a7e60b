package org.layerwright.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.Models;

/**
 * Keras's {@code model.save('m.h5')} and {@code load_model('m.h5')}: root attributes {@code keras_version},
 * {@code backend}, {@code model_config} (and {@code training_config} when one is given), and the weights in a
 * {@code model_weights} group. Optimizer weights in a file are ignored.
 *
 * <pre>{@code
 * FullModelFiles.save(model, Path.of("m.h5"), null);
 * Model copy = FullModelFiles.load(Path.of("m.h5"));
 * }</pre>
 */
public final class FullModelFiles {
    static final String SUBCLASSED_MESSAGE = "Saving the model to HDF5 format requires the model to be a Functional"
            + " model or a Sequential model. It does not work for subclassed models, because such models are defined"
            + " via the body of a Python method, which isn't safely serializable. Consider saving to the Tensorflow"
            + " SavedModel format (by setting save_format=\"tf\") or using `save_weights`.";

    /** The root attributes Keras itself writes or reads; {@link #save(Model, Path, String, Map)} never adds these. */
    public static final Set<String> KERAS_ATTRIBUTES = Set.of("keras_version", "backend", "model_config",
            "training_config");

    private FullModelFiles() {
    }

    /**
     * Saves the architecture and weights; {@code trainingConfigJson} (the JSON Keras writes for a compiled model:
     * loss, metrics, optimizer_config, ...) is stored as {@code training_config} when not null.
     */
    public static void save(Model model, Path file, String trainingConfigJson) {
        save(model, file, trainingConfigJson, Map.of());
    }

    /**
     * As {@link #save(Model, Path, String)}, with further root attributes stored as UTF-8 strings after Keras's own
     * (a Python {@code str} to h5py; {@code load_model} reads only the attributes it knows). An entry named like one
     * of {@link #KERAS_ATTRIBUTES} is not written, so it can never replace what Keras reads.
     */
    public static void save(Model model, Path file, String trainingConfigJson, Map<String, String> extraAttributes) {
        if (model.isSubclassed()) {
            throw new UnsupportedModelOperationException(SUBCLASSED_MESSAGE);
        }
        H5Group root = new H5Group();
        root.attribute(H5Attribute.vlenString("keras_version", Keras.VERSION, true));
        root.attribute(H5Attribute.vlenString("backend", Keras.BACKEND, true));
        root.attribute(H5Attribute.vlenString("model_config", modelConfigJson(model), false));
        if (trainingConfigJson != null) {
            Models.parseJson(trainingConfigJson, "the training config");
            root.attribute(H5Attribute.vlenString("training_config", trainingConfigJson, false));
        }
        extraAttributes.forEach((name, value) -> {
            if (!KERAS_ATTRIBUTES.contains(name)) {
                root.attribute(H5Attribute.vlenString(name, value, true));
            }
        });
        WeightsLayout.write(root.group("model_weights"), model);
        AtomicFiles.write(file, temp -> H5Writer.write(root, temp));
    }

    /** {@code json.dumps({"class_name": ..., "config": ...})} as Keras writes into {@code model_config}. */
    static String modelConfigJson(Model model) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("class_name", model.className());
        envelope.put("config", model.getConfig());
        return PythonJson.dumps(envelope);
    }

    /** Loads the model and its weights (by position, as {@code load_model} does). */
    public static Model load(Path file) {
        Weights.requireFile(file);
        try (HdfFile hdf = new HdfFile(file)) {
            String config = SavedWeights.readScalarString(hdf, "model_config");
            if (config == null) {
                boolean weightsOnly = hdf.getAttributes().keySet().stream().anyMatch(k -> k.startsWith("layer_names"));
                throw new InvalidModelFileException(file + ": No model found in config file." + (weightsOnly
                        ? " It holds weights only (save_weights): open the model's architecture (.json) and load"
                                + " these weights into it." : ""));
            }
            Model model;
            try {
                model = Models.modelFromConfig(Models.parseJson(config, file + " (model_config)"));
            } catch (InvalidModelFileException e) {
                throw e;
            } catch (LayerwrightException e) {
                throw new InvalidModelFileException(file + ": " + e.getMessage(), e);
            }
            Node weights = hdf.getChild("model_weights");
            if (weights != null) {
                WeightsLoader.byPosition(model, Weights.weightsGroup(hdf, file));
            }
            return model;
        } catch (InvalidModelFileException e) {
            throw e;
        } catch (LayerwrightException e) {
            throw new InvalidModelFileException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InvalidModelFileException(file + ": not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    /**
     * The root attributes of a full-model file that Keras neither writes nor reads, when they are scalar strings
     * (what {@link #save(Model, Path, String, Map)} adds), in the file's order; attributes of other types are left
     * out.
     */
    public static Map<String, String> extraAttributes(Path file) {
        Weights.requireFile(file);
        try (HdfFile hdf = new HdfFile(file)) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : hdf.getAttributes().keySet()) {
                if (!KERAS_ATTRIBUTES.contains(name) && hdf.getAttribute(name).isScalar()
                        && hdf.getAttribute(name).getData() instanceof String value) {
                    out.put(name, value);
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw new InvalidModelFileException(file + ": not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    /** The {@code training_config} JSON of a full-model file, if it has one. */
    public static Optional<String> trainingConfig(Path file) {
        Weights.requireFile(file);
        try (HdfFile hdf = new HdfFile(file)) {
            return Optional.ofNullable(SavedWeights.readScalarString(hdf, "training_config"));
        }
    }
}
