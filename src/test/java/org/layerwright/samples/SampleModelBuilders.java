package org.layerwright.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Activation;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Embedding;
import org.layerwright.core.layers.merging.Add;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.pooling.GlobalAveragePooling2D;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.core.layers.regularization.Dropout;

/**
 * The models of {@code sample-models/}, built in Java: each sample file is exactly its model's {@code to_json()}
 * (tf.keras 2.6 style), and {@code SampleModelsTest} checks the files against these builders.
 */
public final class SampleModelBuilders {
    private SampleModelBuilders() {
    }

    /** File name (without {@code .json}) to builder, in the order of the samples' README. */
    public static Map<String, Supplier<Model>> all() {
        Map<String, Supplier<Model>> samples = new LinkedHashMap<>();
        samples.put("mnist_mlp", SampleModelBuilders::mnistMlp);
        samples.put("mnist_convnet", SampleModelBuilders::mnistConvnet);
        samples.put("digits_mlp", SampleModelBuilders::digitsMlp);
        samples.put("iris_mlp", SampleModelBuilders::irisMlp);
        samples.put("two_input_concat", SampleModelBuilders::twoInputConcat);
        samples.put("resnet_block", SampleModelBuilders::resnetBlock);
        samples.put("lstm_text_classifier", SampleModelBuilders::lstmTextClassifier);
        samples.put("shared_dense_siamese", SampleModelBuilders::sharedDenseSiamese);
        samples.put("two_heads", SampleModelBuilders::twoHeads);
        samples.put("nested_sequential", SampleModelBuilders::nestedSequential);
        samples.put("reference_flatten_dense", SampleModelBuilders::referenceFlattenDense);
        samples.put("reference_conv_bn", SampleModelBuilders::referenceConvBn);
        return samples;
    }

    static Model mnistMlp() {
        Keras.clearSession();
        return new Sequential(List.of(new Flatten().inputShape(28, 28), new Dense(512, "relu"), new Dense(256, "relu"),
                new Dense(10, "softmax")), "mnist_mlp");
    }

    static Model mnistConvnet() {
        Keras.clearSession();
        return new Sequential(List.of(new Conv2D(32, 3, 3).activation("relu").inputShape(28, 28, 1),
                new MaxPooling2D(2, 2), new Conv2D(64, 3, 3).activation("relu"), new MaxPooling2D(2, 2),
                new Flatten(), new Dropout(0.5), new Dense(10, "softmax")), "mnist_convnet");
    }

    static Model digitsMlp() {
        Keras.clearSession();
        return new Sequential(List.of(new Flatten().inputShape(8, 8), new Dense(64, "relu"), new Dense(10, "softmax")),
                "digits_mlp");
    }

    static Model irisMlp() {
        Keras.clearSession();
        return new Sequential(List.of(new Dense(16, "relu").inputShape(4), new Dense(3, "softmax")), "iris_mlp");
    }

    /** The reference's functional example: {@code Concatenate()([Input((16,)), Input((8,))])} then Dense(1). */
    static Model twoInputConcat() {
        Keras.clearSession();
        KerasTensor a = Input.of(16);
        KerasTensor b = Input.of(8);
        KerasTensor x = new Concatenate().apply(List.of(a, b));
        return new Model(List.of(a, b), List.of(new Dense(1).apply(x)), "two_input_concat");
    }

    /** A stem convolution and one residual block: conv, batch norm, relu, conv, batch norm, add the skip, relu. */
    static Model resnetBlock() {
        Keras.clearSession();
        KerasTensor image = Input.of("image", 32, 32, 3);
        KerasTensor stem = new Conv2D(16, 3, 3).padding("same").activation("relu").apply(image);
        KerasTensor y = new Conv2D(16, 3, 3).padding("same").apply(stem);
        y = new BatchNormalization().apply(y);
        y = new Activation("relu").apply(y);
        y = new Conv2D(16, 3, 3).padding("same").apply(y);
        y = new BatchNormalization().apply(y);
        KerasTensor sum = new Add().apply(List.of(stem, y));
        KerasTensor out = new Activation("relu").apply(sum);
        out = new GlobalAveragePooling2D().apply(out);
        out = new Dense(10, "softmax").apply(out);
        return new Model(List.of(image), List.of(out), "resnet_block");
    }

    static Model lstmTextClassifier() {
        Keras.clearSession();
        return new Sequential(List.of(new Embedding(10000, 32).inputLength(200), new LSTM(32),
                new Dense(1, "sigmoid")), "lstm_text_classifier");
    }

    /** One Dense layer applied to two inputs (shared weights), the two encodings compared by a Dense head. */
    static Model sharedDenseSiamese() {
        Keras.clearSession();
        KerasTensor left = Input.of("left", 64);
        KerasTensor right = Input.of("right", 64);
        Dense encoder = (Dense) new Dense(32, "relu").name("encoder");
        KerasTensor both = new Concatenate().apply(List.of(encoder.apply(left), encoder.apply(right)));
        KerasTensor same = new Dense(1, "sigmoid").name("same").apply(both);
        return new Model(List.of(left, right), List.of(same), "shared_dense_siamese");
    }

    /** One input, a shared trunk, two outputs: a class and a score. */
    static Model twoHeads() {
        Keras.clearSession();
        KerasTensor features = Input.of("features", 20);
        KerasTensor trunk = new Dense(32, "relu").name("trunk").apply(features);
        KerasTensor category = new Dense(5, "softmax").name("category").apply(trunk);
        KerasTensor score = new Dense(1).name("score").apply(trunk);
        return new Model(List.of(features), List.of(category, score), "two_heads");
    }

    /** The reference's nested example: Sequential([Sequential([Dense(4) on 8 inputs, Dense(2)]), Dense(1)]). */
    static Model nestedSequential() {
        Keras.clearSession();
        Sequential inner = new Sequential(new Dense(4).inputShape(8), new Dense(2));
        return new Sequential(inner, new Dense(1));
    }

    /** The reference's first worked example: Flatten on 28x28, Dense(10), Activation('softmax'). */
    static Model referenceFlattenDense() {
        Keras.clearSession();
        return new Sequential(new Flatten().inputShape(28, 28), new Dense(10), new Activation("softmax"));
    }

    /** The reference's long-class-names example: Conv2D(32, 3) on 28x28x1, MaxPooling2D, BatchNormalization. */
    static Model referenceConvBn() {
        Keras.clearSession();
        return new Sequential(new Conv2D(32, 3, 3).inputShape(28, 28, 1), new MaxPooling2D(),
                new BatchNormalization());
    }
}
