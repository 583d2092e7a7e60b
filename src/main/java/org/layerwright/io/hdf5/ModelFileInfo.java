package org.layerwright.io.hdf5;

import io.jhdf.HdfFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.Models;

/**
 * What a full HDF5 model or a {@code .keras} archive says about itself, read without building the model: the
 * model's config text, the Keras version and backend that wrote it, and whether it holds weights. Used to show a
 * file before opening it, and to read its architecture alone when its weights cannot be loaded.
 *
 * <pre>{@code
 * ModelFileInfo info = ModelFileInfo.ofHdf5(Path.of("m.h5"));
 * System.out.println(info.kerasVersion() + " " + info.backend() + " weights: " + info.hasWeights());
 * }</pre>
 *
 * @param modelConfigJson the {@code {"class_name", "config"}} JSON, or null when the file holds weights only
 * @param kerasVersion    the {@code keras_version} recorded in the file, or null
 * @param backend         the {@code backend} recorded in the file, or null
 * @param hasWeights      true when the file has a weights group or entry
 */
public record ModelFileInfo(String modelConfigJson, String kerasVersion, String backend, boolean hasWeights) {

    /** The root attributes of an HDF5 file ({@code model.save} or {@code save_weights}). */
    public static ModelFileInfo ofHdf5(Path file) {
        Weights.requireFile(file);
        try (HdfFile hdf = new HdfFile(file)) {
            boolean weights = hdf.getChild("model_weights") != null || SavedWeights.isWeightsGroup(hdf)
                    || hdf.getChild("layers") != null;
            return new ModelFileInfo(SavedWeights.readScalarString(hdf, "model_config"),
                    SavedWeights.readScalarString(hdf, "keras_version"), SavedWeights.readScalarString(hdf,
                            "backend"), weights);
        } catch (InvalidModelFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidModelFileException(file + ": not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    /** The {@code config.json} and {@code metadata.json} of a Keras 3 archive. */
    public static ModelFileInfo ofArchive(Path file) {
        Weights.requireFile(file);
        Map<String, byte[]> entries = KerasArchive.entries(file);
        byte[] config = entries.get("config.json");
        if (config == null) {
            throw new InvalidModelFileException(file + ": not a Keras archive: it has no config.json.");
        }
        String version = null;
        byte[] metadata = entries.get("metadata.json");
        if (metadata != null) {
            Object value = Models.parseJson(new String(metadata, StandardCharsets.UTF_8), file + " (metadata.json)")
                    .get("keras_version");
            version = value == null ? null : value.toString();
        }
        return new ModelFileInfo(new String(config, StandardCharsets.UTF_8), version, null,
                entries.containsKey("model.weights.h5"));
    }
}
