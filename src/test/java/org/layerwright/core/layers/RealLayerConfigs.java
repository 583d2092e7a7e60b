package org.layerwright.core.layers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.testing.Golden;

/** Single layer configs taken from real Keras files ({@code golden/layer-configs}, see its MANIFEST.tsv). */
final class RealLayerConfigs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealLayerConfigs() {
    }

    /** The {@code {"class_name", "config"}} object of a file, keys in file order. */
    static Map<String, Object> read(String file) {
        try {
            return JSON.readValue(Golden.read("golden/layer-configs/" + file),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file without its final newline: one line of Python's {@code json.dumps}. */
    static String text(String file) {
        return Golden.read("golden/layer-configs/" + file).strip();
    }
}
