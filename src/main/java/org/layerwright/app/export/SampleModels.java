package org.layerwright.app.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;

/** The sample models shipped in {@code sample-models/} (inside the jar too), as File ▸ Samples lists them. */
public final class SampleModels {
    /**
     * One sample.
     *
     * @param file  the file name in {@code sample-models/}
     * @param title what the menu shows
     */
    public record Sample(String file, String title) {
    }

    private static final List<Sample> ALL = List.of(
            new Sample("mnist_mlp.json", "MNIST MLP (Sequential)"),
            new Sample("mnist_convnet.json", "MNIST convnet (Sequential)"),
            new Sample("digits_mlp.json", "Digits 8×8 MLP"),
            new Sample("iris_mlp.json", "Iris MLP"),
            new Sample("two_input_concat.json", "Two inputs, concatenated (functional)"),
            new Sample("resnet_block.json", "Residual block (functional)"),
            new Sample("lstm_text_classifier.json", "LSTM text classifier"),
            new Sample("two_heads.json", "Two outputs (functional)"),
            new Sample("nested_sequential.json", "Nested Sequential"),
            new Sample("reference_flatten_dense.json", "Keras reference: Flatten, Dense, Activation"),
            new Sample("reference_conv_bn.json", "Keras reference: Conv2D, MaxPooling2D, BatchNormalization"));

    private SampleModels() {
    }

    /** The samples the editor opens, in menu order. */
    public static List<Sample> all() {
        return ALL;
    }

    /** Reads a sample from the class path (the jar, or the build's resources) and converts it for the editor. */
    public static ModelDocument open(Sample sample) throws IOException {
        try (InputStream in = SampleModels.class.getResourceAsStream("/sample-models/" + sample.file())) {
            if (in == null) {
                throw new IOException("the sample " + sample.file() + " is missing from the application; rebuild"
                        + " it with mvn package");
            }
            return ModelConversion.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
