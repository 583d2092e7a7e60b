package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Shape;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.errors.PythonCodeNotRunnableException;
import org.layerwright.core.layers.core.Identity;
import org.layerwright.core.layers.core.Lambda;
import org.layerwright.core.layers.core.Masking;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer contract and error wording for Masking, Identity and Lambda. */
class CoreLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static String ownJson(Layer layer) {
        String json = PythonJson.dumps(layer.getConfig());
        return json.substring(json.indexOf("\"dtype\": \"float32\"") + 20);
    }

    /**
     * A Lambda config laid out as tf.keras 2.6 writes one for a Python lambda: the function is a list of the
     * base64 marshalled code (a stand-in here), its defaults and its closure.
     */
    private static Map<String, Object> kerasLambdaConfig(Object outputShape) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "lambda");
        config.put("trainable", true);
        config.put("dtype", "float32");
        config.put("function", Arrays.asList("4wEAAAAAAAAAAAAAAAEAAAACAAAAUwAAAHMIAAAAfABkARQAUwApAk7pAgAAAKkAKQHa"
                + "AXhyAgAAAHICAAAA+h48aXB5dGhvbi1pbnB1dC0yLWE0NmQ5ZWQ2NWFmYz7aCDxsYW1iZGE+AQAAAPMAAAAA\n", null, null));
        config.put("function_type", "lambda");
        config.put("module", "__main__");
        config.put("output_shape", outputShape);
        config.put("output_shape_type", "raw");
        config.put("output_shape_module", null);
        config.put("arguments", new LinkedHashMap<>());
        return config;
    }

    @Test
    void maskingAndIdentity() {
        var masking = LayerContract.of(new Masking()).input(null, null, 8).outputs(Shape.of(null, null, 8))
                .params(0, 0).weights().check();
        assertEquals("\"mask_value\": 0.0}", ownJson(masking));
        var identity = LayerContract.of(new Identity()).input(null, 3, 4).outputs(Shape.of(null, 3, 4)).params(0, 0)
                .check();
        assertEquals("{\"name\": \"identity\", \"trainable\": true, \"dtype\": \"float32\"}",
                PythonJson.dumps(identity.getConfig()));
    }

    @Test
    void lambdaMadeInJavaUsesItsDeclaredOutputShape() {
        var layer = LayerContract.of(new Lambda("double_it").outputShape(28, 28, 1)).input(null, 28, 28, 1)
                .outputs(Shape.of(null, 28, 28, 1)).params(0, 0).weights().check();
        assertEquals("\"function\": \"double_it\", \"function_type\": \"function\", \"module\": \"__main__\","
                + " \"output_shape\": [28, 28, 1], \"output_shape_type\": \"raw\", \"output_shape_module\": null,"
                + " \"arguments\": {}}", ownJson(layer));
    }

    @Test
    void lambdaFromKerasIsKeptVerbatim() {
        Map<String, Object> config = kerasLambdaConfig(Arrays.asList(null, 4));
        Layer layer = Layers.deserialize(Map.of("class_name", "Lambda", "config", config));
        assertEquals(PythonJson.dumps(config), PythonJson.dumps(layer.getConfig()));
        LayerContract.checkConfigRoundTrip(layer);
        assertEquals(Shape.of(null, null, 4), layer.computeOutputShape(Shape.of(null, 10, 4)));
    }

    @Test
    void lambdaIsNeverRun() {
        Lambda layer = (Lambda) Layers.deserialize(Map.of("class_name", "Lambda", "config",
                kerasLambdaConfig(null)));
        var e = assertThrows(PythonCodeNotRunnableException.class, layer::ensureRunnable);
        assertEquals("Layer 'lambda' (Lambda) holds Python code (lambda), and Layerwright cannot run Python code, so"
                + " this model cannot be trained or run here. Replace the Lambda with built-in layers (for example"
                + " Rescaling, Reshape or Activation) or train the model in Keras.", e.getMessage());
    }

    @Test
    void lambdaWithoutAnOutputShape() {
        Layer layer = Layers.deserialize(Map.of("class_name", "Lambda", "config", kerasLambdaConfig(null)));
        KerasTensor x = Input.of(28, 28);
        var e = assertThrows(IncompatibleShapeException.class, () -> layer.apply(x));
        assertEquals("Layer 'lambda' (Lambda) cannot take input shape (None, 28, 28): its output shape is not"
                + " declared, and Layerwright cannot run Python code to work it out. Give the Lambda an output_shape"
                + " without the batch axis, e.g. output_shape=(28, 28) if it keeps the shape.", e.getMessage());
    }

    @Test
    void lambdaWhoseOutputShapeIsPythonCode() {
        Map<String, Object> config = kerasLambdaConfig("compute_shape");
        config.put("output_shape_type", "function");
        Layer layer = Layers.deserialize(Map.of("class_name", "Lambda", "config", config));
        var e = assertThrows(IncompatibleShapeException.class, () -> layer.computeOutputShape(Shape.of(null, 3)));
        assertEquals("Layer 'lambda' (Lambda) cannot take input shape (None, 3): its output shape is computed by"
                + " Python code, and Layerwright cannot run Python code to work it out. Give the Lambda an"
                + " output_shape without the batch axis, e.g. output_shape=(3,) if it keeps the shape.",
                e.getMessage());
        assertEquals(PythonJson.dumps(config), PythonJson.dumps(layer.getConfig()));
    }

    @Test
    void lambdaOfSomethingElse() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new Lambda(42));
        assertEquals("Invalid value for `function` of Lambda: expected a Python function name or a serialized Python"
                + " lambda, received function=42. Read Lambda layers from a Keras file, or give the function's name.",
                e.getMessage());
    }

    @Test
    void maskingWithNaN() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new Masking().maskValue(Double.NaN));
        assertEquals("Invalid value for `mask_value` of Masking: expected a number, received mask_value=NaN. Use the"
                + " value your padding was filled with, e.g. 0.0.", e.getMessage());
    }

    @Test
    void registeredInTheCatalogue() {
        for (String name : List.of("Masking", "Identity", "Lambda")) {
            assertEquals(LayerCatalog.Group.CORE, LayerCatalog.find(name).group(), name);
        }
    }
}
