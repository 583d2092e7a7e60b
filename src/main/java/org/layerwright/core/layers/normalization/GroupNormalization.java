package org.layerwright.core.layers.normalization;

import java.util.Map;
import org.layerwright.core.InputSpec;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

/**
 * Splits the channels into {@code groups} and normalises each group of each sample on its own (Keras 2.11+);
 * {@code groups=-1} makes one group per channel (instance normalisation) and is written as the channel count once
 * built, as Keras does.
 *
 * <p>Input shape: any with a known channel axis. Output shape: the input shape. Weights {@code gamma} and
 * {@code beta} have one entry per channel.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(32, 32, 64);
 * KerasTensor y = new GroupNormalization(8).apply(x);   // 128 parameters
 * }</pre>
 */
public class GroupNormalization extends AffineNormalization {
    private int groups;
    private int axis = -1;

    /** Keras's default: 32 groups. */
    public GroupNormalization() {
        this(32);
    }

    public GroupNormalization(int groups) {
        if (groups == 0 || groups < -1) {
            throw argumentError("groups", "a positive number of groups, or -1 for one group per channel", groups,
                    "Use a divisor of the number of channels, e.g. 8.");
        }
        this.groups = groups;
    }

    public int groups() {
        return groups;
    }

    public int axis() {
        return axis;
    }

    /** The channel axis (default -1). */
    public GroupNormalization axis(int axis) {
        this.axis = axis;
        return this;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (axis >= input.rank() || axis < -input.rank()) {
            throw shapeError(input, "axis " + axis + " is out of range for an input of rank " + input.rank(),
                    "Use axis=-1 (the channel axis of channels_last data).");
        }
        Integer dim = input.dim(axis);
        if (dim == null) {
            throw shapeError(input, "Axis " + axis + " of input tensor should have a defined dimension",
                    "Give the channel axis a fixed size.");
        }
        int g = groups == -1 ? dim : groups;
        if (dim < g) {
            throw shapeError(input, "Number of groups (" + g + ") cannot be more than the number of channels (" + dim
                    + ")", "Use at most " + dim + " groups.");
        }
        if (dim % g != 0) {
            throw shapeError(input, "Number of groups (" + g + ") must be a divisor of the number of channels (" + dim
                    + ")", "Use a number of groups that divides " + dim + ".");
        }
        return input;
    }

    @Override
    protected void onBuild(Shape input) {
        int dim = input.dim(axis);
        if (groups == -1) {
            groups = dim;
        }
        declareGammaAndBeta(Shape.of(dim));
        setInputSpec(InputSpec.ndim(input.rank()).withAxis(axis, dim));
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        return input == null ? "" : input.dim(axis) + " channels in " + groups + " groups of "
                + input.dim(axis) / groups + "; shape unchanged";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("groups", groups);
        config.put("axis", axis);
        addAffineConfig(config);
    }

    public static GroupNormalization fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("GroupNormalization", config);
        GroupNormalization layer = new GroupNormalization(r.integer("groups", 32)).axis(r.integer("axis", -1));
        return readAffineConfig(layer, r);
    }
}
