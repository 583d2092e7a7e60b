package org.layerwright.train.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layerwright.train.layers.KernelHarness.random;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.train.GraphExecutor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Test support for forward checks: float32 weights and inputs, runs, and comparison at 1e-5. */
final class ForwardSupport {
    static final double TOLERANCE = 1e-5;

    private ForwardSupport() {
    }

    /** Sets float32 random weights (variances kept positive) and returns them as double arrays. */
    static List<double[]> weights(Layer layer, long seed) {
        List<INDArray> values = new ArrayList<>();
        List<double[]> plain = new ArrayList<>();
        for (int i = 0; i < layer.weightSpecs().size(); i++) {
            int[] dims = layer.weightSpecs().get(i).shape().toArray();
            long[] shape = java.util.Arrays.stream(dims).asLongStream().toArray();
            INDArray w = random(seed + i, shape);
            if (layer.weightSpecs().get(i).path().contains("variance")) {
                w.addi(1.5);
            }
            w = w.castTo(DataType.FLOAT);
            values.add(w);
            plain.add(plain(w));
        }
        layer.setWeights(values);
        return plain;
    }

    static INDArray input(long seed, long... shape) {
        return random(seed, shape).castTo(DataType.FLOAT);
    }

    static double[] run(Model model, boolean training, INDArray... inputs) {
        return plain(new GraphExecutor(model).forward(List.of(inputs), training).get(0));
    }

    static long[] shapeOf(Model model, INDArray... inputs) {
        return new GraphExecutor(model).forward(List.of(inputs), false).get(0).shape();
    }

    static double[] plain(INDArray x) {
        return x.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, "number of values");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE, "value " + i);
        }
    }
}
