package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.Models;

/** model.save('m.h5') and load_model('m.h5'), against h5py and Keras's own files. */
class FullModelFilesTest {
    private static final String TRAINING = "{\"loss\": \"categorical_crossentropy\", \"metrics\": [\"accuracy\"],"
            + " \"weighted_metrics\": null, \"loss_weights\": null, \"optimizer_config\": {\"class_name\": \"Adam\","
            + " \"config\": {\"name\": \"Adam\", \"learning_rate\": 0.001, \"decay\": 0.0, \"beta_1\": 0.9,"
            + " \"beta_2\": 0.999, \"epsilon\": 1e-07, \"amsgrad\": false}}}";

    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    @Test
    void rootAttributesAndModelWeightsGroupAreKeras() {
        Model model = TestModels.functionalWithBatchNorm();
        Path file = dir.resolve("m.h5");
        FullModelFiles.save(model, file, null);
        List<String> lines = H5Reference.describe(file);
        String config = FullModelFiles.modelConfigJson(model);
        assertEquals(List.of(
                "attr / backend vlen nullterm utf8 () tensorflow",
                "attr / keras_version vlen nullterm utf8 () 2.6.0",
                "attr / model_config vlen nullterm ascii () " + H5Reference.python("sha256_text.py", config)),
                lines.subList(0, 3));
        assertEquals("group /model_weights", lines.get(3));
        assertTrue(lines.contains("attr /model_weights layer_names fixed19 nullpad ascii (4,) [input_1, dense,"
                + " batch_normalization, dense_1]"), lines.toString());
        assertTrue(lines.contains("attr /model_weights backend vlen nullterm ascii () tensorflow"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("training_config")));
        assertTrue(config.startsWith("{\"class_name\": \"Functional\", \"config\": {\"name\": \"model\""), config);
    }

    @Test
    void trainingConfigIsWrittenOnlyWhenGiven() {
        Path file = dir.resolve("m.h5");
        FullModelFiles.save(TestModels.mlp(), file, TRAINING);
        assertTrue(H5Reference.describe(file).contains("attr / training_config vlen nullterm ascii () "
                + H5Reference.python("sha256_text.py", TRAINING)));
        assertEquals(Optional.of(TRAINING), FullModelFiles.trainingConfig(file));
    }

    @Test
    void saveThenLoadGivesTheSameArchitectureAndWeights() {
        Model model = TestModels.functionalWithBatchNorm();
        TestModels.fill(model, 0.75f);
        Path file = dir.resolve("m.h5");
        FullModelFiles.save(model, file, TRAINING);
        Keras.clearSession();
        Model loaded = FullModelFiles.load(file);
        assertEquals(model.toJson(), loaded.toJson());
        WeightsFileTest.assertArraysEqual(model.getWeights(), loaded.getWeights());
    }

    @Test
    void subclassedModelsAreRefusedWithKerasMessage() {
        Model subclassed = new Model() {
        };
        UnsupportedModelOperationException e = assertThrows(UnsupportedModelOperationException.class,
                () -> FullModelFiles.save(subclassed, dir.resolve("m.h5"), null));
        assertEquals("Saving the model to HDF5 format requires the model to be a Functional model or a Sequential"
                + " model. It does not work for subclassed models, because such models are defined via the body of"
                + " a Python method, which isn't safely serializable. Consider saving to the Tensorflow SavedModel"
                + " format (by setting save_format=\"tf\") or using `save_weights`.", e.getMessage());
    }

    @Test
    void weightsFileIsNotAModel() {
        Path file = dir.resolve("w.h5");
        Weights.save(TestModels.mlp(), file);
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> FullModelFiles.load(file));
        assertEquals(file + ": No model found in config file. It holds weights only (save_weights): open the model's"
                + " architecture (.json) and load these weights into it.", e.getMessage());
    }

    @Test
    void loadWeightsAcceptsFullModelFiles() {
        Sequential model = TestModels.mlp();
        TestModels.fill(model, 3f);
        Path file = dir.resolve("m.h5");
        FullModelFiles.save(model, file, null);
        Sequential other = TestModels.mlp();
        Weights.load(other, file);
        WeightsFileTest.assertArraysEqual(model.getWeights(), other.getWeights());
    }

    /** Full-model files from Keras 2.0.9 to 2.5 (with optimizer weights and training configs) load. */
    @Test
    void kerasFullModelFilesLoadWithTheirWeights() {
        for (String fixture : List.of("dl4j_k2_cnn_batch_norm_model.h5", "dl4j_k2_mlp_adam_training_config_model.h5",
                "kotlindl_cifar10_cnn_model.h5")) {
            Keras.clearSession();
            Path file = H5Reference.resource("fixtures/keras/" + fixture, dir);
            Model model = FullModelFiles.load(file);
            assertEquals(withoutWeightNames(H5Reference.python("weights_sha.py", file.toString())),
                    describeLoaded(model), fixture);
        }
    }

    /** Weights files loaded into the model their config describes, by position and by name. */
    @Test
    void kerasWeightsFilesLoadIntoTheirModels() {
        String[][] pairs = {{"kotlindl_lenet_config.json", "kotlindl_lenet_weights.h5"},
            {"kotlindl_lstm_config.json", "kotlindl_lstm_weights.h5"},
            {"kotlindl_toyresnet_config.json", "kotlindl_toyresnet_weights.h5"}};
        for (String[] pair : pairs) {
            // By name only where the config and the weights come from the same session (same layer names).
            for (boolean byName : pair[1].contains("lstm") ? new boolean[] {false} : new boolean[] {false, true}) {
                Keras.clearSession();
                Model model = Models.readJson(H5Reference.resource("fixtures/keras/" + pair[0], dir));
                Path weights = H5Reference.resource("fixtures/keras/" + pair[1], dir);
                assertEquals(List.of(), Weights.load(model, weights, byName, false));
                assertEquals(withoutWeightNames(H5Reference.python("weights_sha.py", weights.toString())),
                        describeLoaded(model), pair[1]);
            }
        }
    }

    /**
     * weights_sha.py's lines without names (shape and values only): kotlindl's LSTM config and weights were saved
     * from different sessions (lstm_3 in one, lstm_9 in the other), and position loading ignores names anyway.
     */
    static String withoutWeightNames(String lines) {
        return lines.replaceAll("(?m)^\\S* ", "");
    }

    /** The model's weights in the file's order (layers in model order, legacy weight order), as weights_sha.py. */
    static String describeLoaded(Model model) {
        List<String> lines = new ArrayList<>();
        for (Layer layer : model.layers()) {
            for (WeightSlot slot : WeightSlot.legacyOrder(layer)) {
                var value = slot.owner().getWeights().get(slot.index());
                lines.add(KerasFixturesTest.pythonShape(value) + " "
                        + H5Reference.sha256(value));
            }
        }
        return String.join("\n", lines);
    }
}
