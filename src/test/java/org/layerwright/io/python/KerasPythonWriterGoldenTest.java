package org.layerwright.io.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.io.ModelFiles;
import org.layerwright.testing.Golden;

/**
 * The Python code written for each sample model, checked line by line against golden files. Run with
 * {@code -Dlayerwright.writeGolden=true} to write the golden files again (then read the diff before committing).
 */
class KerasPythonWriterGoldenTest {
    static final String[] SAMPLES = {"mnist_mlp", "mnist_convnet", "digits_mlp", "iris_mlp", "two_input_concat",
        "resnet_block", "lstm_text_classifier", "shared_dense_siamese", "two_heads", "nested_sequential",
        "reference_flatten_dense", "reference_conv_bn"};

    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mnist_mlp", "mnist_convnet", "digits_mlp", "iris_mlp", "two_input_concat",
        "resnet_block", "lstm_text_classifier", "shared_dense_siamese", "two_heads", "nested_sequential",
        "reference_flatten_dense", "reference_conv_bn"})
    void sampleModelMatchesItsGoldenPython(String sample) throws IOException {
        Model model = ModelFiles.read(Path.of("sample-models", sample + ".json"));
        String python = KerasPythonWriter.write(model);
        if (Boolean.getBoolean("layerwright.writeGolden")) {
            Files.writeString(Path.of("src/test/resources/golden/python", sample + ".py"), python,
                    StandardCharsets.UTF_8);
        }
        assertEquals(Golden.read("golden/python/" + sample + ".py"), python);
    }
}
