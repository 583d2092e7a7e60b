package org.layerwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.regularization.Dropout;
import org.layerwright.io.hdf5.Weights;
import org.nd4j.linalg.api.ndarray.INDArray;

/** ModelFiles picks the format from the extension, for reading and writing. */
class ModelFilesHdf5Test {
    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    private static Sequential model() {
        return new Sequential(new Dense(3).inputShape(4), new Dropout(0.5), new Dense(2));
    }

    @Test
    void everyModelFormatRoundTrips() {
        for (String name : List.of("m.json", "m.h5", "m.hdf5", "m.keras", "M.KERAS")) {
            Keras.clearSession();
            Sequential model = model();
            List<INDArray> weights = model.getWeights();
            Path file = dir.resolve(name);
            ModelFiles.write(model, file);
            Keras.clearSession();
            Model read = Models.loadModel(file);
            assertEquals(model.toJson(), read.toJson(), name);
            if (!name.endsWith(".json")) {
                assertEquals(weights, read.getWeights(), name);
            }
        }
    }

    @Test
    void weightsOnlyFilesAreWrittenButAreNotModels() {
        Sequential model = model();
        Path file = dir.resolve("m.weights.h5");
        ModelFiles.write(model, file);
        Sequential other = model();
        Weights.load(other, file);
        assertEquals(model.getWeights(), other.getWeights());
        InvalidModelFileException byName = assertThrows(InvalidModelFileException.class,
                () -> Weights.load(other, file, true, false));
        assertEquals(file + " has Keras 3's weights layout (layers/<name>/vars), which is matched by the model's"
                + " structure: load it with by_name=False.", byName.getMessage());
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> ModelFiles.read(file));
        assertEquals(file + ": this file holds weights only, not a model. Open the model (.json, .h5 or .keras) and"
                + " load these weights into it.", e.getMessage());
    }

    @Test
    void unknownExtensionsAreRefused() throws Exception {
        Path file = dir.resolve("m.onnx");
        Files.writeString(file, "x");
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> ModelFiles.read(file));
        assertEquals(file + ": unsupported file type. Expected a Keras model file: .json, .yaml, .yml, .h5, .hdf5,"
                + " .weights.h5 or .keras.", e.getMessage());
        e = assertThrows(InvalidModelFileException.class, () -> ModelFiles.write(model(), file));
        assertEquals(file + ": unsupported file type. Expected a Keras model file: .json, .yaml, .yml, .h5, .hdf5,"
                + " .weights.h5 or .keras.", e.getMessage());
    }
}
