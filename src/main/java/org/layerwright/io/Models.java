package org.layerwright.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Model;

/**
 * Reads models from Keras's JSON ({@code to_json()} output): Keras's {@code model_from_json}.
 *
 * <pre>{@code
 * Model model = Models.modelFromJson(Files.readString(Path.of("model.json")));
 * model.summary();
 * }</pre>
 */
public final class Models {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Models() {
    }

    /** The model a Keras JSON string describes. */
    public static Model modelFromJson(String json) {
        return modelFromConfig(parseJson(json, "the JSON text"));
    }

    /** Keras's {@code load_model}: the model in a .json, .h5/.hdf5 or .keras file (see {@link ModelFiles}). */
    public static Model loadModel(Path file) {
        return ModelFiles.read(file);
    }

    /** Keras's {@code model.save}: the format follows the extension (see {@link ModelFiles#write}). */
    public static void save(Model model, Path file) {
        ModelFiles.write(model, file);
    }

    /** The model in a Keras JSON file; errors name the file. */
    public static Model readJson(Path file) {
        String text = readText(file);
        try {
            return modelFromConfig(parseJson(text, file.toString()));
        } catch (InvalidModelFileException e) {
            throw e;
        } catch (org.layerwright.core.errors.LayerwrightException e) {
            throw new InvalidModelFileException(file + ": " + e.getMessage(), e);
        }
    }

    /** A model from a {@code {"class_name", "config"}} envelope (extra keys such as keras_version are ignored). */
    public static Model modelFromConfig(Map<String, Object> envelope) {
        Object className = envelope.get("class_name");
        if (!(className instanceof String)) {
            throw new InvalidModelFileException("This is not a Keras model: the top level has no \"class_name\""
                    + " (found keys " + envelope.keySet() + "). Expected the output of model.to_json().");
        }
        Layer layer = Layers.deserialize(envelope);
        if (!(layer instanceof Model)) {
            throw new InvalidModelFileException("This file describes a single " + className + " layer, not a model."
                    + " Expected class_name Sequential, Functional or Model.");
        }
        return (Model) layer;
    }

    /** Parses JSON into ordered maps, lists, strings, numbers and booleans, with errors giving line and column. */
    public static Map<String, Object> parseJson(String text, String source) {
        try {
            Object value = JSON.readValue(text, new TypeReference<Object>() { });
            if (!(value instanceof Map)) {
                throw new InvalidModelFileException(source + ": expected a JSON object at the top level, found "
                        + (value == null ? "null" : value.getClass().getSimpleName()) + ".");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            return map instanceof LinkedHashMap ? map : new LinkedHashMap<>(map);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidModelFileException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage()
                    + ". Is the file complete?", e);
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidModelFileException(file + ": no such file. Check the path.", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidModelFileException(file + ": not a text file (it is not UTF-8). Expected a Keras JSON"
                    + " model.", e);
        } catch (IOException e) {
            throw new InvalidModelFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
