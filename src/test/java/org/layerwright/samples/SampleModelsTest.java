package org.layerwright.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layerwright.core.Model;
import org.layerwright.io.ModelFiles;

/**
 * Every sample model opens, has the expected parameter count, and is byte for byte the JSON its builder writes.
 * Run with {@code -Dlayerwright.writeSamples=true} to write the files again after changing a builder.
 */
class SampleModelsTest {
    private static final Path DIR = Path.of("sample-models");

    @ParameterizedTest
    @CsvSource({
        "mnist_mlp, 535818, 535818",
        "mnist_convnet, 34826, 34826",
        "digits_mlp, 4810, 4810",
        "iris_mlp, 131, 131",
        "two_input_concat, 25, 25",
        "resnet_block, 5386, 5322",
        "lstm_text_classifier, 328353, 328353",
        "shared_dense_siamese, 2145, 2145",
        "two_heads, 870, 870",
        "nested_sequential, 49, 49",
        "reference_flatten_dense, 7850, 7850",
        "reference_conv_bn, 448, 384",
    })
    void sampleOpensWithItsParameterCount(String name, long total, long trainable) throws IOException {
        Supplier<Model> builder = SampleModelBuilders.all().get(name);
        Path file = DIR.resolve(name + ".json");
        String expected = builder.get().toJson();
        if (Boolean.getBoolean("layerwright.writeSamples")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), name + ".json differs from its builder");
        Model model = ModelFiles.read(file);
        assertEquals(total, model.countParams(), name + " total params");
        assertEquals(trainable, model.countTrainableParams(), name + " trainable params");
    }

    @Test
    void everySampleFileHasABuilderAndAReadmeLine() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(DIR)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> files.add(n.substring(0, n.length() - 5)));
        }
        Map<String, Supplier<Model>> builders = SampleModelBuilders.all();
        assertEquals(new TreeSet<>(builders.keySet()), files);
        String readme = Files.readString(DIR.resolve("README.md"), StandardCharsets.UTF_8);
        for (String name : files) {
            assertTrue(readme.contains("`" + name + ".json`"), "README.md describes " + name + ".json");
        }
    }
}
