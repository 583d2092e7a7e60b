package org.layerwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.layerwright.core.Keras;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.summary.ModelSummary;

/** Every full-model HDF5 file of the fixture set opens with its weights and shows Keras's counts. */
class FixtureModelFilesTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/fixtures/keras/expected-h5-summaries.csv")
    void opensWithWeights(String file, int layers, long total, long trainable, long nonTrainable, String source)
            throws Exception {
        Path path = Path.of(FixtureModelFilesTest.class.getResource("/fixtures/keras/" + file).toURI());
        Model model = ModelFiles.read(path);
        ModelSummary summary = model.summarize();
        assertEquals(layers, summary.rows().size(), "layers");
        assertEquals(total, summary.totalParams(), "total parameters (" + source + ")");
        assertEquals(trainable, summary.trainableParams(), "trainable parameters");
        assertEquals(nonTrainable, summary.nonTrainableParams(), "non-trainable parameters");
        for (Layer owner : model.weightOwners()) {
            if (!owner.weightSpecs().isEmpty()) {
                assertTrue(owner.hasWeightValues(), owner + " has the file's weights");
            }
        }
    }
}
