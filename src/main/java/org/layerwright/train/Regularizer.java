package org.layerwright.train;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras's L1, L2 and L1L2 regularizers: {@code l1 · Σ|x| + l2 · Σx²}, whose value Keras adds to the training loss.
 */
record Regularizer(double l1, double l2) {
    /**
     * Reads a regularizer config value ({@code {"class_name": "L2", "config": {"l2": 0.01}}}); returns null for
     * null and for a class training does not know.
     */
    @SuppressWarnings("unchecked")
    static Regularizer fromConfig(Object value) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("class_name") instanceof String className)) {
            return null;
        }
        Map<String, Object> config = map.get("config") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
        switch (className) {
            case "L1":
            case "l1":
                return new Regularizer(number(config, "l1", 0.01), 0.0);
            case "L2":
            case "l2":
                return new Regularizer(0.0, number(config, "l2", 0.01));
            case "L1L2":
            case "l1_l2":
                return new Regularizer(number(config, "l1", 0.0), number(config, "l2", 0.0));
            default:
                return null;
        }
    }

    private static double number(Map<String, Object> config, String key, double fallback) {
        Object v = config.get(key);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    /** The penalty for {@code x}. */
    double value(INDArray x) {
        double sum = 0.0;
        if (l1 != 0.0) {
            sum += l1 * x.norm1Number().doubleValue();
        }
        if (l2 != 0.0) {
            double norm = x.norm2Number().doubleValue();
            sum += l2 * norm * norm;
        }
        return sum;
    }

    /** d penalty / d x, times {@code factor}: {@code l1 · sign(x) + 2 · l2 · x} (sign(0) = 0, as TensorFlow). */
    INDArray gradient(INDArray x, double factor) {
        INDArray g = x.mul(2.0 * l2 * factor);
        if (l1 != 0.0) {
            g.addi(Transforms.sign(x, true).muli(l1 * factor));
        }
        return g;
    }
}
