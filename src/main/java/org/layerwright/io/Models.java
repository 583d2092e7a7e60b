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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Model;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.core.layers.LayerCatalog;
import org.layerwright.io.migrate.LayerEntries;
import org.layerwright.io.migrate.Migrations;

/**
 * Reads models from Keras's JSON and YAML: Keras's {@code model_from_json} and {@code model_from_yaml}, for every
 * Keras generation (Keras 1, multi-backend Keras 2, tf.keras 2, Keras 2.13+, Keras 3) and TensorFlow.js
 * model.json files. The generation is detected from the document; the model is read as tf.keras 2.6 would.
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

    /** The model a Keras JSON string describes (any generation, or a TensorFlow.js model.json). */
    public static Model modelFromJson(String json) {
        return documentFromMap(parseJson(json, "the JSON text"), null).model();
    }

    /**
     * The model a Keras YAML string describes ({@code to_yaml()} of Keras ≤ 2.5). Read with a safe loader: tags
     * other than {@code !!python/tuple} are refused with a {@link RefusedYamlTagException}.
     */
    public static Model modelFromYaml(String yaml) {
        return documentFromMap(SafeYaml.parse(yaml, null), null).model();
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
        return readJsonDocument(file).model();
    }

    /** The model and the rest of a Keras JSON file. */
    public static ModelDocument readJsonDocument(Path file) {
        return documentFromMap(parseJson(readText(file), file.toString()), file.toString());
    }

    /** The model and the rest of a Keras YAML file. */
    public static ModelDocument readYamlDocument(Path file) {
        return readYamlDocument(file, false);
    }

    /** The model and the rest of a Keras YAML file; lenient about unknown layer classes when asked. */
    public static ModelDocument readYamlDocument(Path file, boolean lenient) {
        return documentFromMap(SafeYaml.parse(readText(file), file.toString()), file.toString(), lenient);
    }

    /** The model and the rest of a Keras JSON file; lenient about unknown layer classes when asked. */
    public static ModelDocument readJsonDocument(Path file, boolean lenient) {
        return documentFromMap(parseJson(readText(file), file.toString()), file.toString(), lenient);
    }

    /** A model from a {@code {"class_name", "config"}} envelope of any generation (extra keys are ignored). */
    public static Model modelFromConfig(Map<String, Object> envelope) {
        return documentFromMap(envelope, null).model();
    }

    /**
     * The model and the rest of a parsed document. The maps are changed in place while the document is brought to
     * tf.keras 2 form. Errors name {@code file} (when not null), the place in the document and the problem.
     */
    public static ModelDocument documentFromMap(Map<String, Object> document, String file) {
        return documentFromMap(document, file, false);
    }

    /**
     * As {@link #documentFromMap(Map, String)}; when {@code lenient}, a layer class Layerwright does not know does
     * not stop the read: the layer is kept as an unknown layer (its config saved back unchanged, its shape and
     * parameters shown as unknown) and the document's warnings name it.
     */
    public static ModelDocument documentFromMap(Map<String, Object> document, String file, boolean lenient) {
        Migrations.Result result;
        try {
            result = Migrations.normalize(document);
        } catch (InvalidModelFileException e) {
            throw e;
        } catch (LayerwrightException e) {
            throw new InvalidModelFileException(file, null, e.getMessage(), e);
        }
        List<String> warnings = new ArrayList<>();
        if (lenient) {
            LayerEntries.forEach(result.envelope(), "", (entry, path) -> {
                Object className = entry.get("class_name");
                if (className instanceof String && LayerCatalog.find((String) className) == null) {
                    warnings.add(LayerEntries.describe(entry, path) + ": unknown layer class " + className
                            + "; it is kept as it is, shown with an unknown shape (?) and 0 parameters, and cannot be"
                            + " trained.");
                }
            });
        } else {
            checkLayerClasses(result.envelope(), file);
        }
        Layer layer;
        try {
            layer = lenient ? Layers.deserializeLenient(result.envelope()) : Layers.deserialize(result.envelope());
        } catch (LayerwrightException e) {
            throw new InvalidModelFileException(file, null, e.getMessage(), e);
        }
        if (!(layer instanceof Model)) {
            throw new InvalidModelFileException(file, null, "this describes a single "
                    + result.envelope().get("class_name") + " layer, not a model. Expected class_name Sequential,"
                    + " Functional or Model.", null);
        }
        return new ModelDocument((Model) layer, result.generation(), result.extras(), warnings);
    }

    /** Names the first layer whose class is unknown, by its JSON path and name, before anything is built. */
    private static void checkLayerClasses(Map<String, Object> envelope, String file) {
        LayerEntries.forEach(envelope, "", (entry, path) -> {
            Object className = entry.get("class_name");
            if (className instanceof String && LayerCatalog.find((String) className) == null) {
                throw new InvalidModelFileException(file, LayerEntries.describe(entry, path), "unknown layer class "
                        + className + ". Layerwright cannot read this layer yet; replace it with a layer from the"
                        + " palette, or check the spelling.", new org.layerwright.core.errors.UnknownLayerException(
                        (String) className, "Unknown layer: " + className));
            }
        });
    }

    /**
     * Parses Keras YAML ({@code to_yaml()}) into ordered maps with a safe loader ({@code !!python/tuple} only), with
     * errors naming {@code source}.
     */
    public static Map<String, Object> parseYaml(String text, String source) {
        return SafeYaml.parse(text, source);
    }

    /** Parses JSON into ordered maps, lists, strings, numbers and booleans, with errors giving line and column. */
    public static Map<String, Object> parseJson(String text, String source) {
        try {
            Object value = JSON.readValue(text, new TypeReference<Object>() { });
            if (!(value instanceof Map)) {
                throw new InvalidModelFileException(source, null, "expected a JSON object at the top level, found "
                        + (value == null ? "null" : value.getClass().getSimpleName()) + ".", null);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            return map instanceof LinkedHashMap ? map : new LinkedHashMap<>(map);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidModelFileException(source, null, "not valid JSON" + where + ": "
                    + e.getOriginalMessage() + ". Is the file complete?", e);
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidModelFileException(file.toString(), null, "no such file. Check the path.", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidModelFileException(file.toString(), null, "not a text file (it is not UTF-8). Expected"
                    + " a Keras JSON or YAML model.", e);
        } catch (IOException e) {
            throw new InvalidModelFileException(file.toString(), null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
