package org.layerwright.core.weights;

import java.util.Map;
import java.util.Random;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.errors.InvalidConfigException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Makes a weight's first values from its Keras initializer, with Keras's fan rules. This is the only place in
 * the core that creates arrays; shape inference and parameter counting never come here.
 */
public final class WeightInitializers {
    private static final Random SEEDS = new Random();

    private WeightInitializers() {
    }

    /**
     * Makes the initializers that carry no seed of their own draw from a sequence started at {@code seed}, so a
     * model built in the same order gets the same first weights, as after Keras's {@code set_random_seed}.
     */
    public static void setSeed(long seed) {
        synchronized (SEEDS) {
            SEEDS.setSeed(seed);
        }
    }

    /** A new float32 array for the weight, filled as its initializer says. */
    public static INDArray create(WeightSpec spec) {
        Shape shape = spec.shape();
        if (!shape.isFullyKnown()) {
            throw new IllegalStateException("Cannot create weight " + spec.path() + " of unknown shape " + shape);
        }
        float[] values = values(spec.initializer(), shape);
        long[] dims = new long[shape.rank()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.dim(i);
        }
        if (dims.length == 0) {
            return Nd4j.scalar(DataType.FLOAT, values.length == 0 ? 0f : values[0]);
        }
        return Nd4j.create(values, dims, 'c');
    }

    /** The initial values in C order. */
    public static float[] values(KerasObject initializer, Shape shape) {
        int n = Math.toIntExact(Math.max(1, shape.numElements()));
        if (shape.rank() > 0) {
            n = Math.toIntExact(shape.numElements());
        }
        float[] out = new float[n];
        String kind = initializer == null ? "Zeros" : initializer.className();
        Map<String, Object> c = initializer == null ? Map.of() : initializer.config();
        Random random = random(c.get("seed"));
        double[] fans = fans(shape);
        switch (kind) {
            case "Zeros":
            case "zeros":
                return out;
            case "Ones":
            case "ones":
                java.util.Arrays.fill(out, 1f);
                return out;
            case "Constant":
                java.util.Arrays.fill(out, (float) number(c, "value", 0));
                return out;
            case "RandomUniform":
                uniform(out, random, number(c, "minval", -0.05), number(c, "maxval", 0.05));
                return out;
            case "RandomNormal":
                for (int i = 0; i < n; i++) {
                    out[i] = (float) (number(c, "mean", 0) + number(c, "stddev", 0.05) * random.nextGaussian());
                }
                return out;
            case "TruncatedNormal":
                truncated(out, random, number(c, "mean", 0), number(c, "stddev", 0.05));
                return out;
            case "GlorotUniform":
                return scaling(out, random, fans, 1.0, "fan_avg", "uniform");
            case "GlorotNormal":
                return scaling(out, random, fans, 1.0, "fan_avg", "truncated_normal");
            case "HeUniform":
                return scaling(out, random, fans, 2.0, "fan_in", "uniform");
            case "HeNormal":
                return scaling(out, random, fans, 2.0, "fan_in", "truncated_normal");
            case "LecunUniform":
                return scaling(out, random, fans, 1.0, "fan_in", "uniform");
            case "LecunNormal":
                return scaling(out, random, fans, 1.0, "fan_in", "truncated_normal");
            case "VarianceScaling":
                return scaling(out, random, fans, number(c, "scale", 1.0), String.valueOf(c.getOrDefault("mode",
                        "fan_in")), String.valueOf(c.getOrDefault("distribution", "truncated_normal")));
            case "Orthogonal":
                return Orthogonal.fill(out, shape, random, number(c, "gain", 1.0));
            case "Identity":
                return identity(out, shape, number(c, "gain", 1.0));
            default:
                throw new InvalidConfigException("Unknown initializer: " + kind + ". Expected one of Zeros, Ones,"
                        + " Constant, RandomUniform, RandomNormal, TruncatedNormal, GlorotUniform, GlorotNormal,"
                        + " HeUniform, HeNormal, LecunUniform, LecunNormal, VarianceScaling, Orthogonal, Identity.");
        }
    }

    private static Random random(Object seed) {
        if (seed instanceof Number) {
            return new Random(((Number) seed).longValue());
        }
        synchronized (SEEDS) {
            return new Random(SEEDS.nextLong());
        }
    }

    private static double number(Map<String, Object> c, String key, double defaultValue) {
        Object v = c.get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : defaultValue;
    }

    /** Keras's {@code _compute_fans}: receptive field times input and output channels. */
    static double[] fans(Shape shape) {
        int rank = shape.rank();
        if (rank < 1) {
            return new double[] {1, 1};
        }
        if (rank == 1) {
            return new double[] {shape.dim(0), shape.dim(0)};
        }
        if (rank == 2) {
            return new double[] {shape.dim(0), shape.dim(1)};
        }
        double receptive = 1;
        for (int i = 0; i < rank - 2; i++) {
            receptive *= shape.dim(i);
        }
        return new double[] {shape.dim(rank - 2) * receptive, shape.dim(rank - 1) * receptive};
    }

    private static float[] scaling(float[] out, Random random, double[] fans, double scale, String mode,
            String distribution) {
        double n = "fan_in".equals(mode) ? fans[0] : "fan_out".equals(mode) ? fans[1] : (fans[0] + fans[1]) / 2;
        double s = scale / Math.max(1.0, n);
        if ("uniform".equals(distribution)) {
            double limit = Math.sqrt(3.0 * s);
            uniform(out, random, -limit, limit);
        } else if ("untruncated_normal".equals(distribution)) {
            double std = Math.sqrt(s);
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (std * random.nextGaussian());
            }
        } else {
            // 0.879... is the standard deviation of a unit normal truncated to [-2, 2], as Keras corrects for.
            truncated(out, random, 0, Math.sqrt(s) / 0.87962566103423978);
        }
        return out;
    }

    private static void uniform(float[] out, Random random, double min, double max) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (min + (max - min) * random.nextDouble());
        }
    }

    private static void truncated(float[] out, Random random, double mean, double std) {
        for (int i = 0; i < out.length; i++) {
            double g;
            do {
                g = random.nextGaussian();
            } while (g < -2 || g > 2);
            out[i] = (float) (mean + std * g);
        }
    }

    private static float[] identity(float[] out, Shape shape, double gain) {
        if (shape.rank() != 2) {
            throw new InvalidConfigException("The Identity initializer needs a 2-D weight, got shape " + shape + ".");
        }
        int rows = shape.dim(0);
        int cols = shape.dim(1);
        for (int i = 0; i < Math.min(rows, cols); i++) {
            out[i * cols + i] = (float) gain;
        }
        return out;
    }
}
