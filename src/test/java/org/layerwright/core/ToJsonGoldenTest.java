package org.layerwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.layerwright.io.Models;
import org.layerwright.testing.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worked JSON of the Keras reference (§2.7), byte for byte, and its round trip. */
class ToJsonGoldenTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void sequentialModelWritesExactlyAsTfKeras26() {
        assertEquals(Golden.read("golden/json/tf26_model1.json"), SummaryGoldenTest.model1().toJson());
    }

    @Test
    void functionalModelWritesExactlyAsTfKeras26() {
        assertEquals(Golden.read("golden/json/tf26_model2.json"), SummaryGoldenTest.model2().toJson());
    }

    @Test
    void jsonRoundTripsByteForByte() {
        for (String name : new String[] {"tf26_model1", "tf26_model2"}) {
            String json = Golden.read("golden/json/" + name + ".json");
            Keras.clearSession();
            assertEquals(json, Models.modelFromJson(json).toJson());
        }
    }
}
