package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerwright.core.Keras;
import org.layerwright.core.Shape;
import org.layerwright.io.hdf5.SavedWeights.SavedLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Every HDF5 file Keras wrote in the fixtures: the weights we read equal what h5py reads, array by array. */
class KerasFixturesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "dl4j_k1_simple_lstm_tf_model.h5", "dl4j_k1_simple_lstm_tf_weights.h5", "dl4j_k2_12net_multioutput_model.h5",
        "dl4j_k2_cnn_batch_norm_model.h5", "dl4j_k2_mlp_adam_training_config_model.h5", "dl4j_k2_simple_rnn_model.h5",
        "dl4j_k2_simple_rnn_weights.h5", "dl4j_tfk2110_attention_concat_model.h5",
        "dl4j_tfk224_stacked_bilstm_model.h5", "dl4j_tfk240_functional_embedding_conv1d_model.h5",
        "kotlindl_cifar10_cnn_model.h5", "kotlindl_lenet_weights.h5", "kotlindl_lstm_weights.h5",
        "kotlindl_toyresnet_weights.h5"})
    void weightsReadByUsEqualH5py(String fixture) {
        Path file = H5Reference.resource("fixtures/keras/" + fixture, dir);
        String expected = H5Reference.python("weights_sha.py", file.toString());
        SavedWeights saved = Weights.read(file);
        List<String> ours = new ArrayList<>();
        for (SavedLayer layer : saved.layers()) {
            for (int i = 0; i < layer.weightNames().size(); i++) {
                INDArray value = layer.values().get(i);
                ours.add(layer.name() + "/" + layer.weightNames().get(i) + " " + pythonShape(value) + " "
                        + H5Reference.sha256(value));
            }
        }
        assertEquals(expected, String.join("\n", ours));
    }

    /** NumPy's shape text: {@code (3,)}, {@code (2, 3)}, {@code ()}. */
    static String pythonShape(INDArray value) {
        return WeightsLoader.shapeOf(value).toString();
    }

    static Shape shape(INDArray value) {
        return WeightsLoader.shapeOf(value);
    }
}
