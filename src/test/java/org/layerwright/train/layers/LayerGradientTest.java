package org.layerwright.train.layers;

import static org.layerwright.train.layers.KernelHarness.TOLERANCE;
import static org.layerwright.train.layers.KernelHarness.checkAfterDense;
import static org.layerwright.train.layers.KernelHarness.checkGradients;
import static org.layerwright.train.layers.KernelHarness.randomDoubleWeights;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.activations.LeakyReLU;
import org.layerwright.core.layers.activations.ReLU;
import org.layerwright.core.layers.activations.Softmax;
import org.layerwright.core.layers.convolution.Conv1D;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Activation;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Embedding;
import org.layerwright.core.layers.merging.Add;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.pooling.AveragePooling2D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling2D;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.regularization.Dropout;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.core.layers.reshaping.Reshape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Finite-difference gradient checks in double precision for every layer kind. Each layer sits after a linear Dense,
 * so the Dense's weight gradients also check the layer's input gradient.
 */
class LayerGradientTest {
    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear", "relu", "sigmoid", "tanh", "softmax", "elu", "selu", "softplus", "softsign",
        "swish", "silu", "gelu", "relu6", "hard_sigmoid", "exponential", "leaky_relu"})
    void denseWithEachActivation(String activation) {
        checkAfterDense(x -> new Dense(4, activation).apply(x), 5, 6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relu", "sigmoid", "tanh", "softmax", "elu", "gelu", "relu6", "hard_sigmoid"})
    void activationLayer(String activation) {
        // Scaled so relu6 and hard_sigmoid see both their flat and their sloped parts.
        checkAfterDense(x -> new Activation(activation).apply(new Dense(4).apply(x)), 4, 3);
    }

    @Test
    void reluLeakyReluAndSoftmaxLayers() {
        checkAfterDense(x -> new ReLU().maxValue(0.5).negativeSlope(0.1).threshold(-0.2).apply(x), 4, 3);
        checkAfterDense(x -> new LeakyReLU(0.3).apply(x), 4, 3);
        checkAfterDense(x -> new Softmax().apply(x), 4, 3);
    }

    @Test
    void dropoutWithAFixedMask() {
        checkAfterDense(x -> new Dropout(0.4).apply(x), 6, 3);
    }

    @Test
    void flattenAndReshape() {
        checkAfterDense(x -> new Dense(2).apply(new Flatten().apply(x)), 3, 2, 4);
        checkAfterDense(x -> new Dense(2).apply(new Reshape(3, 2).apply(x)), 6, 2);
    }

    @Test
    void conv2dValidAndSameWithStridesAndDilation() {
        checkAfterDense(x -> new Conv2D(3, 3, 3).activation("relu").apply(x), 2, 6, 5, 1);
        checkAfterDense(x -> new Conv2D(2, 2, 3).strides(2, 1).padding("same").apply(x), 2, 5, 5, 1);
        checkAfterDense(x -> new Conv2D(2, 2, 2).dilationRate(2, 2).apply(x), 2, 5, 5, 1);
    }

    @Test
    void conv1dValidSameAndCausal() {
        checkAfterDense(x -> new Conv1D(3, 3).activation("tanh").apply(x), 2, 7, 1);
        checkAfterDense(x -> new Conv1D(2, 3).padding("same").apply(x), 2, 6, 1);
        checkAfterDense(x -> new Conv1D(2, 2).padding("causal").dilationRate(2).apply(x), 2, 6, 1);
    }

    @Test
    void poolingLayers() {
        checkAfterDense(x -> new MaxPooling2D(2, 2).apply(x), 2, 4, 5, 1);
        checkAfterDense(x -> new MaxPooling2D(2, 2).padding("same").apply(x), 2, 5, 5, 1);
        checkAfterDense(x -> new AveragePooling2D(2, 2).apply(x), 2, 4, 4, 1);
        checkAfterDense(x -> new AveragePooling2D(3, 3).strides(2, 2).padding("same").apply(x), 2, 5, 5, 1);
        checkAfterDense(x -> new GlobalAveragePooling2D().apply(x), 3, 3, 4, 1);
    }

    @Test
    void batchNormalizationInTrainingMode() {
        checkAfterDense(x -> new BatchNormalization().apply(x), 4, 3);
        checkAfterDense(x -> new BatchNormalization().apply(x), 3, 2, 2, 1);
        checkAfterDense(x -> new BatchNormalization().center(false).scale(false).apply(x), 3, 4);
    }

    @Test
    void lstmVariants() {
        checkAfterDense(x -> new LSTM(3).apply(x), 2, 4, 3);
        checkAfterDense(x -> new LSTM(2).returnSequences(true).apply(x), 2, 3, 2);
        checkAfterDense(x -> new LSTM(2).goBackwards(true).returnSequences(true).apply(x), 2, 3, 2);
        checkAfterDense(x -> {
            List<KerasTensor> outs = new LSTM(2).returnState(true).applyAll(List.of(x), null);
            return new Concatenate().apply(List.of(outs.get(0), outs.get(1), outs.get(2)));
        }, 2, 3, 2);
    }

    @Test
    void addAndConcatenateSumGradientsOverFanOut() {
        checkAfterDense(x -> new Add().apply(List.of(new Dense(3, "tanh").apply(x), x)), 3, 2);
        checkAfterDense(x -> new Concatenate().apply(List.of(new Dense(2).apply(x), x, new Dense(1).apply(x))), 3, 2);
        checkAfterDense(x -> new Concatenate(1).apply(List.of(x, new Dense(3).apply(x))), 3, 2, 3);
    }

    @Test
    void embeddingGradientScatterAddsRepeatedTokens() {
        KerasTensor ids = Input.of(4);
        Model model = new Model(ids, new Dense(2).apply(new Embedding(5, 3).apply(ids)));
        randomDoubleWeights(model, 3);
        checkGradients(model, List.of(Nd4j.createFromArray(new double[][] {{0, 1, 1, 4}, {3, 3, 2, 0}})), () -> { },
                TOLERANCE);
    }
}
