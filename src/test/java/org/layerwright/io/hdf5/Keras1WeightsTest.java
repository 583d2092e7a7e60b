package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Layer;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.io.hdf5.SavedWeights.SavedLayer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Files written by Keras 1 (and by the Theano backend) convert as Keras 2 converts them when loading. */
class Keras1WeightsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
    }

    /** The model of dl4j_k1_simple_lstm_tf_config.json, built directly (its Keras 1 config keys need migrating). */
    private static Sequential simpleLstm() {
        return new Sequential(new LSTM(50).inputShape(1, 1).name("lstm_1"), new Dense(1).name("dense_1"));
    }

    @Test
    void keras1LstmGatesAreMergedInKeras2Order() {
        for (String fixture : List.of("dl4j_k1_simple_lstm_tf_weights.h5", "dl4j_k1_simple_lstm_tf_model.h5")) {
            Keras.clearSession();
            Path file = H5Reference.resource("fixtures/keras/" + fixture, dir);
            SavedWeights saved = Weights.read(file);
            SavedLayer lstm = saved.layers().get(0);
            assertEquals(List.of("lstm_1_W_i:0", "lstm_1_U_i:0", "lstm_1_b_i:0", "lstm_1_W_c:0", "lstm_1_U_c:0",
                    "lstm_1_b_c:0", "lstm_1_W_f:0", "lstm_1_U_f:0", "lstm_1_b_f:0", "lstm_1_W_o:0", "lstm_1_U_o:0",
                    "lstm_1_b_o:0"), lstm.weightNames());

            Sequential model = simpleLstm();
            Weights.load(model, file);
            List<INDArray> w = model.getLayer("lstm_1").getWeights();
            // Keras 2 concatenates the gates i, f, c, o along the last axis; Keras 1 saved them i, c, f, o.
            int[] keras1Index = {0, 6, 3, 9};
            for (int gate = 0; gate < 4; gate++) {
                for (int part = 0; part < 3; part++) {
                    INDArray merged = w.get(part);
                    INDArray block = merged.rank() == 1
                            ? merged.get(NDArrayIndex.interval(gate * 50, gate * 50 + 50))
                            : merged.get(NDArrayIndex.all(), NDArrayIndex.interval(gate * 50, gate * 50 + 50));
                    assertEquals(lstm.values().get(keras1Index[gate] + part), block, fixture + " gate " + gate);
                }
            }
            assertEquals(saved.layers().get(1).values(), model.getLayer("dense_1").getWeights());
        }
    }

    @Test
    void theanoKernelsAreFlippedAndChannelsFirstKernelsTransposed() throws Exception {
        // A Keras 1 file from the Theano backend: no keras_version, kernel stored (filters, channels, rows, cols).
        float[] values = new float[2 * 3 * 2 * 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        H5Group root = new H5Group();
        root.attribute(H5Attribute.fixedStrings("layer_names", List.of("conv")));
        root.attribute(H5Attribute.vlenString("backend", "theano", false));
        H5Group g = root.group("conv");
        g.attribute(H5Attribute.fixedStrings("weight_names", List.of("conv_W", "conv_b")));
        g.float32Dataset("conv_W", new long[] {2, 3, 2, 2}, values);
        g.float32Dataset("conv_b", new long[] {2}, new float[] {0.5f, -0.5f});
        Path file = dir.resolve("theano.h5");
        H5Writer.write(root, file);

        Layer conv = ((Conv2D) new Conv2D(2, 2, 2).dataFormat("channels_first")).inputShape(3, 5, 5).name("conv");
        Sequential model = new Sequential(conv);
        Weights.load(model, file);
        INDArray kernel = conv.getWeights().get(0);
        assertEquals(List.of(2L, 2L, 3L, 2L), List.of(kernel.size(0), kernel.size(1), kernel.size(2),
                kernel.size(3)));
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                for (int in = 0; in < 3; in++) {
                    for (int f = 0; f < 2; f++) {
                        // transposed to (rows, cols, in, filters), then both spatial axes reversed
                        float expected = values[((f * 3 + in) * 2 + (1 - r)) * 2 + (1 - c)];
                        assertEquals(expected, kernel.getFloat(r, c, in, f), 0f);
                    }
                }
            }
        }
    }
}
