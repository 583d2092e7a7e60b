package org.layerwright.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.layerwright.core.errors.WeightMismatchException;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Weights are made on first use, in Keras's order and shapes, and replaced with Keras's checks. */
class WeightsTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void tenBillionParametersSummariseWithoutAnyArray() {
        KerasTensor x = Input.of(100_000);
        KerasTensor y = x;
        for (int i = 0; i < 3; i++) {
            y = new Dense(100_000).apply(y);
        }
        Model model = new Model(x, y);
        assertEquals(3 * 10_000_100_000L, model.countParams());
        String text = model.summaryText();
        assertTrue(text.contains("Total params: 30,000,300,000"), text);
        for (Layer layer : model.layers()) {
            assertFalse(layer.hasWeightValues(), layer + " must not have made arrays");
        }
    }

    @Test
    void getWeightsFollowsKerasOrderAndShapes() {
        Sequential model = new Sequential(new Dense(4).inputShape(3), new BatchNormalization());
        List<INDArray> weights = model.getWeights();
        assertEquals(6, weights.size());
        assertArrayEquals(new long[] {3, 4}, weights.get(0).shape());
        assertArrayEquals(new long[] {4}, weights.get(1).shape());
        assertEquals(1.0, weights.get(2).getDouble(0), 0.0, "gamma starts at one");
        assertEquals(0.0, weights.get(3).getDouble(0), 0.0, "beta starts at zero");
        assertEquals(0.0, weights.get(4).getDouble(0), 0.0, "moving mean starts at zero");
        assertEquals(1.0, weights.get(5).getDouble(0), 0.0, "moving variance starts at one");
        assertSame(weights.get(0), model.getWeights().get(0), "weights are made once");
        double limit = Math.sqrt(6.0 / (3 + 4));
        assertTrue(weights.get(0).amaxNumber().doubleValue() <= limit, "Glorot uniform stays within its limit");
    }

    @Test
    void setWeightsChecksCountAndShapeWithKerassWording() {
        Dense dense = new Dense(10);
        dense.build(Shape.of(null, 784));
        INDArray kernel = Nd4j.zeros(DataType.FLOAT, 784, 10);
        INDArray bias = Nd4j.ones(DataType.FLOAT, 10);
        dense.setWeights(List.of(kernel, bias));
        assertSame(bias, dense.getWeights().get(1));
        var count = assertThrows(WeightMismatchException.class, () -> dense.setWeights(List.of(kernel)));
        assertTrue(count.getMessage().startsWith("You called `set_weights(weights)` on layer \"dense\" with a weight"
                + " list of length 1, but the layer was expecting 2 weights. Provided weights: "), count.getMessage());
        var shape = assertThrows(WeightMismatchException.class,
                () -> dense.setWeights(List.of(Nd4j.zeros(DataType.FLOAT, 10, 784), bias)));
        assertEquals("Layer weight shape (784, 10) not compatible with provided weight shape (10, 784)",
                shape.getMessage());
    }

    @Test
    void aFrozenLayerCountsAsNonTrainable() {
        Sequential model = new Sequential(new Dense(4).inputShape(3), new Dense(2));
        model.layers().get(0).trainable(false);
        assertEquals(10, model.countTrainableParams());
        assertEquals(16, model.countNonTrainableParams());
        model.trainable(false);
        assertEquals(0, model.countTrainableParams());
    }

    @Test
    void modelSetWeightsSplitsAcrossLayers() {
        Sequential model = new Sequential(new Dense(2).inputShape(3), new Dense(1));
        List<INDArray> fresh = List.of(Nd4j.ones(DataType.FLOAT, 3, 2), Nd4j.zeros(DataType.FLOAT, 2),
                Nd4j.ones(DataType.FLOAT, 2, 1), Nd4j.zeros(DataType.FLOAT, 1));
        model.setWeights(fresh);
        assertSame(fresh.get(2), model.layers().get(1).getWeights().get(0));
        var e = assertThrows(WeightMismatchException.class, () -> model.setWeights(fresh.subList(0, 3)));
        assertEquals("You called `set_weights(weights)` on layer \"sequential\" with a weight list of length 3, but"
                + " the layer was expecting 4 weights.", e.getMessage());
    }
}
