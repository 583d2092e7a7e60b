package org.layerwright.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.train.losses.Losses;
import org.layerwright.train.optimizers.Optimizers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A model with two outputs trains as Keras trains it: one loss per output, weighted, and logs named per output. */
class MultiOutputTrainingTest {
    private Model model;
    private INDArray x;
    private INDArray classes;
    private INDArray scores;

    @BeforeEach
    void twoHeads() {
        Keras.clearSession();
        Keras.setRandomSeed(1); // the same first weights on every run, so thresholds cannot flake
        Nd4j.getRandom().setSeed(3);
        KerasTensor input = Input.of(4);
        KerasTensor trunk = new Dense(16, "relu").apply(input);
        KerasTensor cls = new Dense(3, "softmax").name("cls").apply(trunk);
        KerasTensor score = new Dense(1).name("score").apply(trunk);
        model = new Model(List.of(input), List.of(cls, score));
        x = Nd4j.rand(DataType.FLOAT, 300, 4).subi(0.5);
        // The class is the index of the largest of the first three features; the score is their sum.
        classes = x.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex
                .interval(0, 3)).argMax(1).castTo(DataType.FLOAT);
        scores = x.sum(true, 1);
    }

    @Test
    void bothHeadsLearnAndTheLogsNameEachOutput() {
        Trainer trainer = new Trainer(model).compile(Optimizers.get("adam", 0.01),
                List.of(Losses.get("sparse_categorical_crossentropy"), Losses.get("mse")), List.of(1.0, 0.5),
                List.of("accuracy"));
        History history = trainer.fit(List.of(x), List.of(classes, scores),
                new FitOptions().epochs(30).batchSize(32).validationSplit(0.2).seed(5L).verbose(0));

        assertEquals(List.of("loss", "cls_loss", "score_loss", "cls_accuracy", "score_accuracy", "val_loss",
                "val_cls_loss", "val_score_loss", "val_cls_accuracy", "val_score_accuracy"),
                new ArrayList<>(history.history().keySet()));
        assertTrue(history.last("cls_loss") < history.get("cls_loss").get(0) / 2, "the classifier learns");
        assertTrue(history.last("score_loss") < history.get("score_loss").get(0) / 4, "the regression learns");
        assertTrue(history.last("val_cls_accuracy") > 0.8, "val_cls_accuracy " + history.last("val_cls_accuracy"));
        Map<String, Double> evaluated = trainer.evaluate(List.of(x), List.of(classes, scores), 64);
        assertEquals(evaluated.get("cls_loss") + 0.5 * evaluated.get("score_loss"), evaluated.get("loss"), 1e-5,
                "the reported loss is the weighted sum of the outputs' losses");
        List<INDArray> predicted = trainer.predict(List.of(x), 128);
        assertEquals(List.of(300L, 3L, 300L, 1L), List.of(predicted.get(0).size(0), predicted.get(0).size(1),
                predicted.get(1).size(0), predicted.get(1).size(1)), "predict gives each output for every sample");
    }

    @Test
    void oneTargetArrayPerOutputIsRequired() {
        Trainer trainer = new Trainer(model).compile("adam", "mse");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.fit(x, classes, new FitOptions().verbose(0)));
        assertEquals("Model '" + model.name() + "' has 2 outputs but 1 target arrays were given. Give one per"
                + " output, in the order of model.outputs().", e.getMessage());
    }
}
