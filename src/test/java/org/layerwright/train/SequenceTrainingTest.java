package org.layerwright.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Embedding;
import org.layerwright.core.layers.pooling.GlobalAveragePooling1D;
import org.layerwright.core.layers.recurrent.GRU;
import org.layerwright.train.optimizers.Optimizers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Text-style classifiers learn a toy task from right-padded sequences: Embedding(mask_zero) → GRU → Dense, and the
 * bag-of-words form Embedding(mask_zero) → GlobalAveragePooling1D → Dense.
 */
class SequenceTrainingTest {
    private static final int SAMPLES = 240;
    private static final int LENGTH = 8;
    private static final int VOCABULARY = 6;

    @BeforeEach
    void clear() {
        Keras.clearSession();
        Keras.setRandomSeed(1); // the same first weights on every run, so thresholds cannot flake
    }

    private static Map<String, Object> seeded(String initializer, int seed) {
        return Map.of("class_name", initializer, "config", Map.of("seed", seed));
    }

    /**
     * Sequences of 2 to 8 tokens from 1..5, padded with 0 at the end; the label says whether token 1 occurs. The
     * padding length carries no information, so the model has to read the real steps.
     */
    private static INDArray[] tokenData() {
        Random random = new Random(7);
        double[][] ids = new double[SAMPLES][LENGTH];
        double[][] labels = new double[SAMPLES][1];
        for (int n = 0; n < SAMPLES; n++) {
            int length = 2 + random.nextInt(LENGTH - 1);
            boolean positive = n % 2 == 0;
            for (int t = 0; t < length; t++) {
                ids[n][t] = 2 + random.nextInt(VOCABULARY - 2);
            }
            if (positive) {
                ids[n][random.nextInt(length)] = 1;
            }
            labels[n][0] = positive ? 1 : 0;
        }
        return new INDArray[] {Nd4j.createFromArray(ids),
            Nd4j.createFromArray(labels).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)};
    }

    @Test
    void embeddingGruDenseLearnsWhetherATokenOccurs() {
        INDArray[] data = tokenData();
        INDArray x = data[0];
        INDArray y = data[1];
        KerasTensor tokens = Input.of(LENGTH);
        KerasTensor embedded = new Embedding(VOCABULARY, 8).maskZero(true)
                .embeddingsInitializer(seeded("RandomUniform", 1)).apply(tokens);
        KerasTensor state = new GRU(12).kernelInitializer(seeded("GlorotUniform", 2))
                .recurrentInitializer(seeded("Orthogonal", 3)).apply(embedded);
        KerasTensor probability = new Dense(1, "sigmoid").kernelInitializer(seeded("GlorotUniform", 4))
                .apply(state);
        Model model = new Model(tokens, probability);

        Trainer trainer = new Trainer(model).compile(Optimizers.get("adam", 0.02),
                org.layerwright.train.losses.Losses.get("binary_crossentropy"), List.of("accuracy"));
        History history = trainer.fit(x, y, new FitOptions().batchSize(32).epochs(12).seed(11).verbose(0));
        double firstLoss = history.history().get("loss").get(0);
        double lastLoss = history.last("loss");
        double accuracy = trainer.evaluate(x, y, 64).get("accuracy");
        assertTrue(lastLoss < firstLoss / 3, "loss " + firstLoss + " -> " + lastLoss);
        assertTrue(accuracy > 0.95, "accuracy " + accuracy);
    }

    @Test
    void bagOfWordsAveragesOnlyTheRealWords() {
        INDArray[] data = tokenData();
        KerasTensor tokens = Input.of(LENGTH);
        KerasTensor embedded = new Embedding(VOCABULARY, 8).maskZero(true).apply(tokens);
        KerasTensor mean = new GlobalAveragePooling1D().apply(embedded);
        KerasTensor probability = new Dense(1, "sigmoid").apply(new Dense(16, "relu").apply(mean));
        Model model = new Model(tokens, probability);

        Trainer trainer = new Trainer(model).compile(Optimizers.get("adam", 0.02),
                org.layerwright.train.losses.Losses.get("binary_crossentropy"), List.of("accuracy"));
        trainer.fit(data[0], data[1], new FitOptions().batchSize(32).epochs(30).seed(11).verbose(0));
        double accuracy = trainer.evaluate(data[0], data[1], 64).get("accuracy");
        assertTrue(accuracy > 0.95, "accuracy " + accuracy);
    }
}
