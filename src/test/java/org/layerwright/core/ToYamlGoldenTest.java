package org.layerwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.testing.Golden;

/** {@code to_yaml()} of the reference's worked models, against PyYAML's dump of their configs. */
class ToYamlGoldenTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void sequentialModelWritesAsKerasToYaml() {
        assertEquals(Golden.read("golden/yaml/tf26_model1.yaml"), SummaryGoldenTest.model1().toYaml());
    }

    @Test
    void functionalModelWritesAsKerasToYaml() {
        assertEquals(Golden.read("golden/yaml/tf26_model2.yaml"), SummaryGoldenTest.model2().toYaml());
    }
}
