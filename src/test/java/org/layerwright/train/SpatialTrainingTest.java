package org.layerwright.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.activations.PReLU;
import org.layerwright.core.layers.convolution.DepthwiseConv2D;
import org.layerwright.core.layers.convolution.SeparableConv2D;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.normalization.GroupNormalization;
import org.layerwright.core.layers.pooling.GlobalMaxPooling2D;
import org.layerwright.core.layers.regularization.ActivityRegularization;
import org.layerwright.core.layers.regularization.SpatialDropout2D;
import org.layerwright.core.layers.reshaping.ZeroPadding2D;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.data.Datasets;
import org.layerwright.train.losses.Losses;
import org.layerwright.train.optimizers.Optimizers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A small convnet built from the newer layers learns the 8 × 8 digits, from a fixed seed. */
class SpatialTrainingTest {
    @BeforeEach
    void clear() {
        Keras.clearSession();
        Keras.setRandomSeed(1); // the same first weights on every run, so thresholds cannot flake
    }

    @Test
    void separableDepthwiseAndGlobalMaxPoolingNetLearnsDigits() {
        Dataset digits = Datasets.digits();
        INDArray x = digits.x().reshape('c', digits.size(), 8, 8, 1);
        KerasTensor in = Input.of(8, 8, 1);
        KerasTensor h = new SeparableConv2D(32, 3, 3).padding("same").activation("relu").apply(in);
        GroupNormalization groups = new GroupNormalization(4);
        h = groups.apply(h);
        h = new SpatialDropout2D(0.1).apply(h);
        h = new ZeroPadding2D(1, 1).apply(h);
        h = new DepthwiseConv2D(3, 3).activation("relu").apply(h);
        h = new SeparableConv2D(64, 3, 3).strides(2, 2).activation("relu").apply(h);
        h = new GlobalMaxPooling2D().apply(h);
        h = new ActivityRegularization().l2(1e-4).apply(new PReLU().apply(h));
        Model model = new Model(in, new Dense(10, "softmax").apply(h));
        MnistTrainingTest.seedWeights(model, 3);
        // Keras starts gamma at ones; the seeding helper zeroes every 1-D weight.
        groups.setWeights(List.of(Nd4j.ones(DataType.FLOAT, 32), Nd4j.zeros(DataType.FLOAT, 32)));
        Nd4j.getRandom().setSeed(3);
        History history = new Trainer(model).compile(Optimizers.get("adam", 0.005),
                Losses.get("sparse_categorical_crossentropy"), List.of("accuracy"))
                .fit(x, digits.y(), new FitOptions().batchSize(32).epochs(5).validationSplit(0.2).seed(3)
                        .verbose(0));
        System.out.printf("Digits convnet: %s%n", history.history());
        List<Double> loss = history.get("loss");
        assertTrue(loss.get(loss.size() - 1) < loss.get(0) * 0.5, "loss " + loss);
        assertTrue(history.last("val_accuracy") >= 0.8, "val_accuracy " + history.get("val_accuracy"));
    }
}
