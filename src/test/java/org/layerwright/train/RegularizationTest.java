package org.layerwright.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.recurrent.GRU;
import org.layerwright.core.layers.regularization.ActivityRegularization;
import org.layerwright.train.optimizers.Sgd;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Regularizers, constraints and add_loss() terms as Keras adds and applies them in training. */
class RegularizationTest {
    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    private static INDArray random(long seed, long... shape) {
        Random random = new Random(seed);
        INDArray a = Nd4j.create(DataType.DOUBLE, shape);
        INDArray flat = a.reshape(-1);
        for (long i = 0; i < flat.length(); i++) {
            flat.putScalar(i, random.nextDouble() * 2 - 1);
        }
        return a;
    }

    private static void doubleWeights(Model model) {
        long seed = 3;
        for (Layer layer : model.weightOwners()) {
            List<INDArray> weights = new ArrayList<>();
            for (INDArray w : layer.getWeights()) {
                weights.add(random(seed++, w.shape()));
            }
            layer.setWeights(weights);
        }
    }

    private static Map<String, Object> object(String className, Object... keysAndValues) {
        Map<String, Object> config = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Map.of("class_name", className, "config", config);
    }

    @Test
    void penaltiesFollowKerasFormulas() {
        KerasTensor in = Input.of(3);
        Dense dense = new Dense(2).kernelRegularizer(object("L2", "l2", 0.5)).biasRegularizer(object("L1", "l1",
                0.25)).activityRegularizer(object("L1L2", "l1", 0.1, "l2", 0.2));
        Model model = new Model(in, dense.apply(in));
        doubleWeights(model);
        GraphExecutor executor = new GraphExecutor(model);
        INDArray x = random(9, 4, 3);
        INDArray y = executor.forward(List.of(x), true).get(0);
        INDArray kernel = dense.getWeights().get(0);
        INDArray bias = dense.getWeights().get(1);
        double expected = 0.5 * kernel.mul(kernel).sumNumber().doubleValue()
                + 0.25 * abs(bias).sumNumber().doubleValue()
                + (0.1 * abs(y).sumNumber().doubleValue() + 0.2 * y.mul(y).sumNumber().doubleValue()) / 4;
        assertEquals(expected, executor.penaltyLoss(), 1e-12);
    }

    private static INDArray abs(INDArray x) {
        return org.nd4j.linalg.ops.transforms.Transforms.abs(x, true);
    }

    /** d (Σ output · R + penalties) / d weights against central differences. */
    @Test
    void penaltyGradientsMatchFiniteDifferences() {
        KerasTensor in = Input.of(4, 3);
        // The recurrent layers take regularizers from configs (as files give them).
        KerasTensor h = GRU.fromConfig(Map.of("units", 2, "kernel_regularizer", object("L1L2", "l1", 0.05, "l2",
                0.3), "recurrent_regularizer", object("L2", "l2", 0.2), "bias_regularizer", object("L1", "l1", 0.1)))
                .apply(in);
        KerasTensor d = new Dense(2).activityRegularizer(object("L2", "l2", 0.4)).apply(h);
        Model model = new Model(in, new ActivityRegularization().l1(0.3).l2(0.1).apply(d));
        doubleWeights(model);
        GraphExecutor executor = new GraphExecutor(model);
        INDArray x = random(8, 3, 4, 3);
        INDArray r = random(99, 3, 2);
        executor.forward(List.of(x), true);
        executor.backward(List.of(r));
        List<INDArray> weights = executor.trainableWeights();
        List<INDArray> analytic = new ArrayList<>();
        for (INDArray g : executor.trainableGradients()) {
            analytic.add(g.dup());
        }
        double step = 1e-6;
        for (int w = 0; w < weights.size(); w++) {
            INDArray flat = weights.get(w).reshape(-1);
            for (long i = 0; i < flat.length(); i++) {
                double original = flat.getDouble(i);
                flat.putScalar(i, original + step);
                double plus = total(executor, x, r);
                flat.putScalar(i, original - step);
                double minus = total(executor, x, r);
                flat.putScalar(i, original);
                double numeric = (plus - minus) / (2 * step);
                double exact = analytic.get(w).reshape(-1).getDouble(i);
                assertEquals(numeric, exact, 1e-5 * Math.max(1, Math.abs(numeric)), "weight " + w + "[" + i + "]");
            }
        }
    }

    private static double total(GraphExecutor executor, INDArray x, INDArray r) {
        INDArray y = executor.forward(List.of(x), true).get(0);
        return y.mul(r).sumNumber().doubleValue() + executor.penaltyLoss();
    }

    @Test
    void reportedLossIncludesThePenalty() {
        KerasTensor in = Input.of(3);
        Dense dense = new Dense(1).kernelRegularizer("l2");
        Model model = new Model(in, dense.apply(in));
        doubleWeights(model);
        INDArray x = random(4, 5, 3);
        INDArray y = random(5, 5, 1);
        Trainer trainer = new Trainer(model).compile(new Sgd(0.0, 0.0, false), org.layerwright.train.losses.Losses
                .get("mse"), List.of());
        INDArray predicted = trainer.predict(x, 5);
        double mse = predicted.sub(y).mul(predicted.sub(y)).meanNumber().doubleValue();
        INDArray kernel = dense.getWeights().get(0);
        // Keras's "l2" is L2(l2=0.01) with the factor stored as float32.
        double penalty = (double) 0.01f * kernel.mul(kernel).sumNumber().doubleValue();
        assertEquals(mse + penalty, trainer.evaluate(x, y, 5).get("loss"), 1e-9);
        assertEquals(mse + penalty, trainer.trainOnBatch(x, y).get("loss"), 1e-9);
    }

    @Test
    void constraintsHoldAfterEveryUpdate() {
        KerasTensor in = Input.of(3);
        Dense maxNorm = new Dense(4).kernelConstraint(object("MaxNorm", "max_value", 0.5, "axis", 0))
                .biasConstraint("non_neg");
        Dense unitNorm = new Dense(2).kernelConstraint(object("UnitNorm", "axis", 0));
        Dense minMax = new Dense(1).kernelConstraint(object("MinMaxNorm", "min_value", 0.8, "max_value", 0.9,
                "rate", 1.0, "axis", 0));
        Model model = new Model(in, minMax.apply(unitNorm.apply(maxNorm.apply(in))));
        doubleWeights(model);
        Trainer trainer = new Trainer(model).compile(new Sgd(0.1, 0.0, false), org.layerwright.train.losses.Losses
                .get("mse"), List.of());
        trainer.trainOnBatch(random(1, 6, 3), random(2, 6, 1));
        INDArray columnNorms = norms(maxNorm.getWeights().get(0));
        for (long j = 0; j < columnNorms.length(); j++) {
            assertTrue(columnNorms.getDouble(j) <= 0.5 + 1e-9, "max_norm column " + j);
        }
        assertTrue(maxNorm.getWeights().get(1).minNumber().doubleValue() >= 0.0, "non_neg bias");
        INDArray unit = norms(unitNorm.getWeights().get(0));
        for (long j = 0; j < unit.length(); j++) {
            assertEquals(1.0, unit.getDouble(j), 1e-6, "unit_norm column " + j);
        }
        double norm = norms(minMax.getWeights().get(0)).getDouble(0);
        assertTrue(norm >= 0.8 - 1e-6 && norm <= 0.9 + 1e-6, "min_max_norm " + norm);
    }

    private static INDArray norms(INDArray w) {
        return org.nd4j.linalg.ops.transforms.Transforms.sqrt(w.mul(w).sum(0), false);
    }

    @Test
    void nonScalarAddedLossesAndUnknownConstraintsAreRefused() {
        KerasTensor in = Input.of(3);
        KerasTensor out = new Dense(1).apply(in);
        Model model = new Model(in, out);
        model.addLoss(new Dense(1).apply(in));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> new GraphExecutor(model));
        assertTrue(e.getMessage().contains("has a loss added with add_loss() of shape (None, 1)"), e.getMessage());
        Keras.clearSession();
        KerasTensor in2 = Input.of(3);
        Model radial = new Model(in2, new Dense(1).kernelConstraint("radial_constraint").apply(in2));
        e = assertThrows(UnsupportedLayerException.class, () -> new GraphExecutor(radial));
        assertTrue(e.getMessage().contains("kernel_constraint {class_name=RadialConstraint, config={}} is not"
                + " supported in training (only MaxNorm, NonNeg, UnitNorm and MinMaxNorm)"), e.getMessage());
    }
}
