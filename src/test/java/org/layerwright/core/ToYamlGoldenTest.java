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

    /**
     * A real {@code to_yaml()} of TF 2.4 (a Sequential Dense(4) on 8 inputs, as printed in a public notebook): read
     * safely, it gives the same model, which writes the same text but for the version.
     */
    @Test
    void realKerasYamlReadsAndWritesBack() {
        String yaml = Golden.read("golden/yaml/tf24_to_yaml.yaml");
        Model model = org.layerwright.io.Models.modelFromYaml(yaml);
        assertEquals(36, model.countParams());
        assertEquals(yaml.replace("keras_version: 2.4.0", "keras_version: 2.6.0"), model.toYaml());
    }
}
