package org.layerwright.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documents for tests: the bundled MNIST sample and long chains of Dense layers. */
public final class TestDocuments {
    public static final String SAMPLE = "/sample-models/mnist_mlp.json";

    private TestDocuments() {
    }

    /** The text of a classpath resource. */
    public static String resource(String path) {
        try (InputStream in = TestDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The MNIST MLP sample as a document. */
    public static ModelDocument sample() {
        return ModelConversion.fromJson(resource(SAMPLE));
    }

    /** Input(784) followed by {@code denseLayers} Dense(units) layers in a chain, opened as a Sequential. */
    public static ModelDocument chain(int denseLayers, int units) {
        List<Object> layers = new ArrayList<>();
        layers.add(entry("InputLayer", LayerTemplates.config("InputLayer", "input")));
        for (int i = 0; i < denseLayers; i++) {
            Map<String, Object> config = LayerTemplates.config("Dense", i == 0 ? "dense" : "dense_" + i);
            config.put("units", units);
            layers.add(entry("Dense", config));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "chain");
        config.put("layers", layers);
        return ModelConversion.fromKerasConfig(entry("Sequential", config));
    }

    private static Map<String, Object> entry(String className, Map<String, Object> config) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("class_name", className);
        entry.put("config", config);
        return entry;
    }

    /** The id of the node with this layer name. */
    public static String id(ModelDocument document, String name) {
        return document.graph().byName(name).id();
    }
}
