package org.layerwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.testing.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three models of the seed documents (the first is the reference's Model 1, tested in SummaryGoldenTest):
 * their summaries and counts, with the arithmetic written out.
 */
class SeedModelsTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    /** Dense(514) on 514 inputs then Dense(257): 514 × (514 + 1) + 257 × (514 + 1) = 264,710 + 132,355. */
    @Test
    void twoDenseLayers() {
        Sequential model = new Sequential(new Dense(514).inputShape(514), new Dense(257));
        assertEquals(Golden.read("golden/summary/tf26_seed2.txt"), model.summaryText());
        assertEquals("514 × (514 + 1) = 264,710", model.layers().get(0).explainParams());
        assertEquals("257 × (514 + 1) = 132,355", model.layers().get(1).explainParams());
        assertEquals(397_065, model.countParams());
    }

    /** Conv2D 32, 64, 128 (3×3) on (224, 224, 3), then Dense(10) on the last axis: 896 / 18,496 / 73,856 / 1,290. */
    @Test
    void threeConvolutionsThenDense() {
        Sequential model = new Sequential(new Conv2D(32, 3).inputShape(224, 224, 3), new Conv2D(64, 3),
                new Conv2D(128, 3), new Dense(10));
        assertEquals(Golden.read("golden/summary/tf26_seed3.txt"), model.summaryText());
        assertEquals("32 × (3 × 3 × 3 + 1) = 896", model.layers().get(0).explainParams());
        assertEquals("64 × (32 × 3 × 3 + 1) = 18,496", model.layers().get(1).explainParams());
        assertEquals("128 × (64 × 3 × 3 + 1) = 73,856", model.layers().get(2).explainParams());
        assertEquals("10 × (128 + 1) = 1,290", model.layers().get(3).explainParams());
    }
}
