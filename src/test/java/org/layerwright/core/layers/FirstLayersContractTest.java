package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.layerwright.core.Keras;
import org.layerwright.core.Shape;
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
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer contract (shape, counts, weights, config and JSON round trips) for the first layers. */
class FirstLayersContractTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void dense() {
        var layer = LayerContract.of(new Dense(10)).input(null, 784).outputs(Shape.of(null, 10)).params(7850, 0)
                .weights(Shape.of(784, 10), Shape.of(10)).check();
        assertEquals("10 × (784 + 1) = 7,850", layer.explainParams());
        LayerContract.of(new Dense(4).useBias(false)).input(null, 3, 5).outputs(Shape.of(null, 3, 4)).params(20, 0)
                .check();
    }

    @Test
    void activations() {
        LayerContract.of(new Activation("relu")).input(null, 7).outputs(Shape.of(null, 7)).params(0, 0).check();
        LayerContract.of(new ReLU().maxValue(6.0)).input(null, 7).outputs(Shape.of(null, 7)).check();
        LayerContract.of(new Softmax()).input(null, 3, 7).outputs(Shape.of(null, 3, 7)).check();
        LayerContract.of(new LeakyReLU(0.1)).input(null, 7).outputs(Shape.of(null, 7)).check();
    }

    @Test
    void dropoutFlattenReshape() {
        LayerContract.of(new Dropout(0.5)).input(null, 7).outputs(Shape.of(null, 7)).params(0, 0).check();
        LayerContract.of(new Flatten()).input(null, 28, 28).outputs(Shape.of(null, 784)).check();
        LayerContract.of(new Flatten()).input(null, null, 3).outputs(Shape.of(null, null)).check();
        LayerContract.of(new Flatten()).input((Integer) null).outputs(Shape.of(null, 1)).check();
        LayerContract.of(new Reshape(28, 28, 1)).input(null, 784).outputs(Shape.of(null, 28, 28, 1)).check();
        LayerContract.of(new Reshape(-1, 4)).input(null, 8).outputs(Shape.of(null, 2, 4)).check();
    }

    @Test
    void convolutions() {
        var conv = LayerContract.of(new Conv2D(32, 3)).input(null, 28, 28, 1).outputs(Shape.of(null, 26, 26, 32))
                .params(320, 0).weights(Shape.of(3, 3, 1, 32), Shape.of(32)).check();
        assertEquals("32 × (1 × 3 × 3 + 1) = 320", conv.explainParams());
        assertEquals("(28 − 3 + 1) / 1 = 26; (28 − 3 + 1) / 1 = 26; channels → 32 filters", conv.explainShape());
        LayerContract.of(new Conv2D(64, 3).strides(2).padding("same")).input(null, 28, 28, 32)
                .outputs(Shape.of(null, 14, 14, 64)).params(18496, 0).check();
        LayerContract.of(new Conv2D(8, 3).dilationRate(2)).input(null, 28, 28, 1).outputs(Shape.of(null, 24, 24, 8))
                .check();
        LayerContract.of(new Conv2D(8, 3).dataFormat("channels_first")).input(null, 1, 28, 28)
                .outputs(Shape.of(null, 8, 26, 26)).params(80, 0).check();
        LayerContract.of(new Conv2D(8, 3).groups(2)).input(null, 10, 10, 4).params(8 * (9 * 2) + 8, 0).check();
        LayerContract.of(new Conv1D(16, 5).padding("causal")).input(null, 100, 8).outputs(Shape.of(null, 100, 16))
                .params(5 * 8 * 16 + 16, 0).check();
    }

    @Test
    void pooling() {
        LayerContract.of(new MaxPooling2D()).input(null, 27, 27, 3).outputs(Shape.of(null, 13, 13, 3)).check();
        LayerContract.of(new MaxPooling2D().padding("same")).input(null, 27, 27, 3)
                .outputs(Shape.of(null, 14, 14, 3)).check();
        LayerContract.of(new AveragePooling2D(3).strides(1)).input(null, 5, 5, 2).outputs(Shape.of(null, 3, 3, 2))
                .check();
        LayerContract.of(new GlobalAveragePooling2D()).input(null, 7, 7, 64).outputs(Shape.of(null, 64)).check();
        LayerContract.of(new GlobalAveragePooling2D().keepdims(true)).input(null, 7, 7, 64)
                .outputs(Shape.of(null, 1, 1, 64)).check();
    }

    @Test
    void batchNormalization() {
        var bn = LayerContract.of(new BatchNormalization()).input(null, 13, 13, 32)
                .outputs(Shape.of(null, 13, 13, 32)).params(64, 64)
                .weights(Shape.of(32), Shape.of(32), Shape.of(32), Shape.of(32)).check();
        assertEquals("4 × 32 = 128 (64 trainable: gamma, beta; 64 non-trainable: moving mean, variance)",
                bn.explainParams());
        assertEquals(java.util.List.of(3), bn.getConfig().get("axis"));
    }

    @Test
    void embeddingAndLstm() {
        LayerContract.of(new Embedding(1000, 64)).input(null, null).outputs(Shape.of(null, null, 64))
                .params(64000, 0).check();
        LayerContract.of(new Embedding(1000, 64).inputLength(10)).input(null, 10).outputs(Shape.of(null, 10, 64))
                .check();
        var lstm = LayerContract.of(new LSTM(50)).input(null, 20, 3).outputs(Shape.of(null, 50)).params(10800, 0)
                .weights(Shape.of(3, 200), Shape.of(50, 200), Shape.of(200)).check();
        assertEquals("lstm/lstm_cell/kernel:0", lstm.weightName(lstm.weightSpecs().get(0)));
        LayerContract.of(new LSTM(8).returnSequences(true).returnState(true)).input(null, 5, 3)
                .outputs(Shape.of(null, 5, 8), Shape.of(null, 8), Shape.of(null, 8)).check();
    }

    @Test
    void merging() {
        LayerContract.of(new Concatenate()).input(null, 16).input(null, 8).outputs(Shape.of(null, 24)).check();
        LayerContract.of(new Concatenate(1)).input(null, 2, 5).input(null, 3, 5).outputs(Shape.of(null, 5, 5))
                .check();
        LayerContract.of(new Add()).input(null, 16).input(null, 16).outputs(Shape.of(null, 16)).check();
        LayerContract.of(new Add()).input(null, 1, 4).input(null, 3, 4).outputs(Shape.of(null, 3, 4)).check();
    }
}
