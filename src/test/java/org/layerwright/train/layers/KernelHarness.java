package org.layerwright.train.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.layerwright.core.Input;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.train.GraphExecutor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Test support: one-layer models in double precision, and a central-difference gradient check of the executor's
 * backward pass against the loss {@code L = Σ output · R} for a fixed random R.
 */
final class KernelHarness {
    /** The finite-difference tolerance of {@link #checkAfterDense}. */
    static final double TOLERANCE = 1e-5;

    private KernelHarness() {
    }

    /**
     * Input (shape) → Dense(channels) → layer(s) built by {@code body}, checked on a batch of 3: the Dense's weight
     * gradients also check the layer's input gradient.
     */
    static void checkAfterDense(Function<KerasTensor, KerasTensor> body, int channels, Integer... shape) {
        KerasTensor input = Input.of(shape);
        KerasTensor x = new Dense(channels).apply(input);
        Model model = new Model(input, body.apply(x));
        randomDoubleWeights(model, 7);
        long[] batchShape = new long[shape.length + 1];
        batchShape[0] = 3;
        for (int i = 0; i < shape.length; i++) {
            batchShape[i + 1] = shape[i];
        }
        checkGradients(model, List.of(random(5, batchShape)), () -> Nd4j.getRandom().setSeed(11), TOLERANCE);
    }

    /** Random doubles in [-1, 1) of the given shape, from a fixed seed. */
    static INDArray random(long seed, long... shape) {
        Random random = new Random(seed);
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        double[] values = new double[(int) n];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() * 2 - 1;
        }
        return Nd4j.create(values, shape, 'c');
    }

    /** Gives every weight of the model's layers random double values (kept positive where named variance). */
    static void randomDoubleWeights(Model model, long seed) {
        long s = seed;
        for (Layer layer : model.weightOwners()) {
            List<INDArray> weights = new ArrayList<>();
            for (int i = 0; i < layer.weightSpecs().size(); i++) {
                int[] dims = layer.weightSpecs().get(i).shape().toArray();
                long[] shape = new long[dims.length];
                for (int d = 0; d < dims.length; d++) {
                    shape[d] = dims[d];
                }
                INDArray w = random(s++, shape);
                if (layer.weightSpecs().get(i).path().contains("variance")) {
                    w = w.add(1.5);
                }
                weights.add(w);
            }
            if (!weights.isEmpty()) {
                layer.setWeights(weights);
            }
        }
    }

    /** A model of one layer applied to one input. */
    static Model single(KerasTensor input, Layer layer) {
        return new Model(input, layer.apply(input));
    }

    /** Forward in inference mode. */
    static INDArray infer(Model model, INDArray... inputs) {
        return new GraphExecutor(model).forward(List.of(inputs), false).get(0);
    }

    /**
     * Checks every trainable weight's gradient against central differences. A layer's input gradient is checked by
     * putting a trainable layer before it, whose weight gradients depend on it ({@code h} = 1e-6), with a
     * relative tolerance. {@code beforeForward} runs before every forward pass (to fix random masks).
     */
    static void checkGradients(Model model, List<INDArray> inputs, Runnable beforeForward, double tolerance) {
        GraphExecutor executor = new GraphExecutor(model);
        Supplier<INDArray> forward = () -> {
            beforeForward.run();
            return executor.forward(inputs, true).get(0);
        };
        INDArray out = forward.get();
        INDArray r = random(99, out.shape());
        executor.backward(List.of(r));
        List<INDArray> weights = executor.trainableWeights();
        List<INDArray> analytic = new ArrayList<>();
        for (INDArray g : executor.trainableGradients()) {
            analytic.add(g == null ? null : g.dup());
        }
        for (int w = 0; w < weights.size(); w++) {
            compare("weight " + w, weights.get(w), analytic.get(w), forward, r, tolerance);
        }
    }

    private static void compare(String what, INDArray param, INDArray analytic, Supplier<INDArray> forward,
            INDArray r, double tolerance) {
        assertTrue(param.dataType() == DataType.DOUBLE, "gradient checks need double weights");
        INDArray flat = param.reshape(-1);
        double h = 1e-6;
        for (long i = 0; i < flat.length(); i++) {
            double original = flat.getDouble(i);
            flat.putScalar(i, original + h);
            double plus = forward.get().mul(r).sumNumber().doubleValue();
            flat.putScalar(i, original - h);
            double minus = forward.get().mul(r).sumNumber().doubleValue();
            flat.putScalar(i, original);
            double numeric = (plus - minus) / (2 * h);
            double exact = analytic == null ? 0.0 : analytic.reshape(-1).getDouble(i);
            double scale = Math.max(1.0, Math.max(Math.abs(numeric), Math.abs(exact)));
            assertTrue(Math.abs(numeric - exact) / scale < tolerance, what + "[" + i + "]: numeric " + numeric
                    + " vs analytic " + exact);
        }
    }
}
