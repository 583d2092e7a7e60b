package org.layerwright.core.layers.preprocessing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;
import org.layerwright.core.config.PyTuple;

/**
 * Standardises features to zero mean and unit variance: {@code (x − mean) / sqrt(variance)}, per entry of the kept
 * {@code axis}. The statistics come from {@code adapt} (kept as the non-trainable weights {@code mean},
 * {@code variance} and {@code count}) or are given in the config; given statistics make no weights.
 *
 * <p>Input shape: any. Output shape: the input shape.
 *
 * <pre>{@code
 * KerasTensor features = Input.of(3);
 * KerasTensor y = new Normalization().apply(features);   // 7 non-trainable parameters: 3 + 3 + 1
 * }</pre>
 */
public class Normalization extends Layer {
    private List<Integer> axis = List.of(-1);
    private Object mean;
    private Object variance;

    /** Keeps the last axis: one mean and variance per feature. */
    public Normalization() {
    }

    /** The axes that keep their own statistics; an empty list means one mean and variance for everything. */
    public Normalization axis(Integer... axes) {
        for (Integer a : axes) {
            if (a == null || a == 0) {
                throw argumentError("axis", "axes other than the batch axis 0", PyTuple.copyOf(List.of(axes)),
                        "The argument 'axis' may not be 0; use -1 for the last axis.");
            }
        }
        this.axis = List.of(axes);
        return this;
    }

    /**
     * Gives the statistics instead of adapting: numbers or lists of numbers, kept verbatim in the config. Both
     * must be given, or neither.
     */
    public Normalization meanAndVariance(Object mean, Object variance) {
        if ((mean == null) != (variance == null)) {
            throw argumentError("mean", "both `mean` and `variance`, or neither", mean + " and variance=" + variance,
                    "When setting values directly, give both.");
        }
        this.mean = mean;
        this.variance = variance;
        return this;
    }

    public List<Integer> axes() {
        return axis;
    }

    private List<Integer> keptAxes(Shape input) {
        List<Integer> kept = new ArrayList<>();
        for (int a : axis) {
            if (a < -input.rank() || a >= input.rank()) {
                throw shapeError(input, "All `axis` values must be in the range [-ndim, ndim). Found ndim: `"
                        + input.rank() + "`, axis: " + PyTuple.copyOf(axis), "Use axis=-1 (the last axis).");
            }
            kept.add(a < 0 ? a + input.rank() : a);
        }
        kept.sort(null);
        return kept;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        for (int d : keptAxes(input)) {
            if (!input.isKnown(d)) {
                throw shapeError(input, "All `axis` values to be kept must have known shape; axis " + d
                        + " is None", "Give that axis a fixed size.");
            }
        }
        return input;
    }

    @Override
    protected void onBuild(Shape input) {
        if (mean != null) {
            return;
        }
        List<Integer> kept = keptAxes(input);
        Integer[] dims = new Integer[kept.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = input.dim(kept.get(i));
        }
        Shape statistics = Shape.of(dims);
        addWeight("mean", statistics, KerasObjects.byName(Kind.INITIALIZER, "zeros"), false);
        addWeight("variance", statistics, KerasObjects.byName(Kind.INITIALIZER, "ones"), false);
        addWeight("count", Shape.scalar(), KerasObjects.byName(Kind.INITIALIZER, "zeros"), false);
    }

    /** {@code 3 + 3 + 1 = 7 (mean, variance, count; none trainable)}. */
    @Override
    public String explainParams() {
        if (!isBuilt() || weightSpecs().isEmpty()) {
            return super.explainParams();
        }
        String n = dimsProduct(weightSpecs().get(0).shape());
        return n + " + " + n + " + 1 = " + group(countParams()) + " (mean, variance, count; none trainable)";
    }

    @Override
    public String explainShape() {
        return "each value standardised: (x − mean) / √variance; shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("axis", PyTuple.copyOf(axis));
        config.put("mean", mean);
        config.put("variance", variance);
    }

    public static Normalization fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Normalization", config);
        Normalization layer = new Normalization();
        List<Integer> axes = r.raw("axis") == null && config.containsKey("axis") ? List.of() : r.intList("axis");
        if (axes != null) {
            layer.axis(axes.toArray(new Integer[0]));
        }
        layer.meanAndVariance(r.raw("mean"), r.raw("variance"));
        layer.readBaseConfig(r);
        return layer;
    }
}
