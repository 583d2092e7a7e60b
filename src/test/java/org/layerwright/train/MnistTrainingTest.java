package org.layerwright.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Keras;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.io.ModelFiles;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.data.Datasets;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The done-when checks: the seed MLP and the sample convnet learn MNIST (10k samples) in 3 epochs. */
@Tag("slow")
class MnistTrainingTest {
    @BeforeEach
    void clear() {
        Keras.clearSession();
        Keras.setRandomSeed(1); // the same first weights on every run, so thresholds cannot flake
    }

    /**
     * Keras's default initial weights (Glorot-uniform kernels, zero biases) from a fixed seed, so the test is the same
     * on every run.
     */
    static void seedWeights(Model model, long seed) {
        Random random = new Random(seed);
        for (Layer layer : model.weightOwners()) {
            List<INDArray> weights = new ArrayList<>();
            for (WeightSpec spec : layer.weightSpecs()) {
                int[] dims = spec.shape().toArray();
                long[] shape = Arrays.stream(dims).asLongStream().toArray();
                if (dims.length < 2) {
                    weights.add(Nd4j.zeros(DataType.FLOAT, shape));
                    continue;
                }
                long receptive = 1;
                for (int i = 0; i < dims.length - 2; i++) {
                    receptive *= dims[i];
                }
                double limit = Math.sqrt(6.0 / (receptive * (dims[dims.length - 2] + dims[dims.length - 1])));
                float[] values = new float[(int) spec.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
                }
                weights.add(Nd4j.create(values, shape, DataType.FLOAT));
            }
            if (!weights.isEmpty()) {
                layer.setWeights(weights);
            }
        }
    }

    @Test
    void mlpReachesNinetyThreePercentValidationAccuracyInThreeEpochs() {
        Dataset mnist = Datasets.mnist();
        Sequential model = new Sequential(new Flatten().inputShape(28, 28), new Dense(512, "relu"),
                new Dense(256, "relu"), new Dense(10, "softmax"));
        seedWeights(model, 1);
        StringWriter log = new StringWriter();
        long start = System.nanoTime();
        History history = new Trainer(model).compile("adam", "sparse_categorical_crossentropy", "accuracy")
                .fit(mnist.x(), mnist.y(), new FitOptions().batchSize(128).epochs(3).validationSplit(0.2).seed(1)
                        .out(new PrintWriter(log)).liveProgress(false));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("MLP: %s in %.1f s%n", history.history(), seconds);
        assertEquals(3, history.epoch().size());
        assertTrue(history.last("val_accuracy") >= 0.93, "val_accuracy " + history.last("val_accuracy"));
        assertTrue(log.toString().startsWith("Epoch 1/3\n63/63 [==============================] - "), log.toString());
    }

    @Test
    void sampleConvnetReachesNinetyFivePercentValidationAccuracyInThreeEpochs() {
        Dataset mnist = Datasets.mnist();
        Model model = ModelFiles.read(Path.of("sample-models/mnist_convnet.json"));
        INDArray x = mnist.x().reshape(mnist.size(), 28, 28, 1);
        seedWeights(model, 1);
        long start = System.nanoTime();
        History history = new Trainer(model).compile("adam", "sparse_categorical_crossentropy", "accuracy")
                .fit(x, mnist.y(), new FitOptions().batchSize(128).epochs(3).validationSplit(0.2).seed(1)
                        .verbose(0));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Convnet: %s in %.1f s%n", history.history(), seconds);
        assertTrue(history.last("val_accuracy") >= 0.95, "val_accuracy " + history.last("val_accuracy"));
    }
}
