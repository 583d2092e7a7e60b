package org.layerwright.core.layers.activations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.InputSpec;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;

/**
 * Parametric rectified linear unit: {@code f(x) = alpha × x} for {@code x < 0}, {@code x} otherwise, with a learned
 * {@code alpha} per input entry. {@code shared_axes} lets axes share one alpha (for images, {@code [1, 2]} gives one
 * alpha per channel).
 *
 * <p>Input shape: any. Output shape: the input shape. Weight: {@code alpha}, the input shape without the batch
 * axis, with 1 on the shared axes.
 *
 * <pre>{@code
 * KerasTensor y = new PReLU().sharedAxes(1, 2).apply(Input.of(28, 28, 32));   // alpha (1, 1, 32): 32 parameters
 * }</pre>
 */
public class PReLU extends Layer {
    private KerasObject alphaInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private KerasObject alphaRegularizer;
    private KerasObject alphaConstraint;
    private List<Integer> sharedAxes;

    public PReLU alphaInitializer(Object value) {
        this.alphaInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public PReLU alphaRegularizer(Object value) {
        this.alphaRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public PReLU alphaConstraint(Object value) {
        this.alphaConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    /** The axes (counted from 1, after the batch axis) that share one alpha; none when not called. */
    public PReLU sharedAxes(Integer... axes) {
        for (Integer a : axes) {
            if (a == null || a < 1) {
                throw argumentError("shared_axes", "axes of 1 or more (axis 0 is the batch)", List.of(axes),
                        "For images use shared_axes=[1, 2].");
            }
        }
        this.sharedAxes = List.of(axes);
        return this;
    }

    public List<Integer> sharedAxes() {
        return sharedAxes;
    }

    private Shape alphaShape(Shape input) {
        Integer[] dims = input.slice(1).toList().toArray(new Integer[0]);
        if (sharedAxes != null) {
            for (int a : sharedAxes) {
                if (a >= input.rank()) {
                    throw shapeError(input, "shared axis " + a + " does not exist in a rank-" + input.rank() + " input",
                            "Use shared axes between 1 and " + (input.rank() - 1) + ".");
                }
                dims[a - 1] = 1;
            }
        }
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == null) {
                throw shapeError(input, "axis " + (i + 1) + " is None, so alpha would have an unknown size",
                        "Give that axis a fixed size, or share it with shared_axes.");
            }
        }
        return Shape.of(dims);
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        alphaShape(input);
        return input;
    }

    @Override
    protected void onBuild(Shape input) {
        Shape alpha = alphaShape(input);
        addWeight("alpha", alpha, alphaInitializer, true);
        InputSpec spec = InputSpec.ndim(input.rank());
        for (int i = 1; i < input.rank(); i++) {
            if (sharedAxes == null || !sharedAxes.contains(i)) {
                spec = spec.withAxis(i, input.dim(i));
            }
        }
        setInputSpec(spec);
    }

    /** {@code alpha 1 × 1 × 32 = 32}. */
    @Override
    public String explainParams() {
        if (!isBuilt()) {
            return super.explainParams();
        }
        return "alpha " + dimsProduct(weightSpecs().get(0).shape()) + " = " + group(countParams());
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("alpha_initializer", KerasObjects.serialize(alphaInitializer));
        config.put("alpha_regularizer", KerasObjects.serialize(alphaRegularizer));
        config.put("alpha_constraint", KerasObjects.serialize(alphaConstraint));
        config.put("shared_axes", sharedAxes == null ? null : new ArrayList<>(sharedAxes));
    }

    public static PReLU fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("PReLU", config);
        PReLU layer = new PReLU();
        layer.alphaInitializer = r.object(Kind.INITIALIZER, "alpha_initializer", layer.alphaInitializer);
        layer.alphaRegularizer = r.object(Kind.REGULARIZER, "alpha_regularizer", null);
        layer.alphaConstraint = r.object(Kind.CONSTRAINT, "alpha_constraint", null);
        List<Integer> shared = r.intList("shared_axes");
        if (shared != null) {
            layer.sharedAxes(shared.toArray(new Integer[0]));
        }
        layer.readBaseConfig(r);
        return layer;
    }
}
