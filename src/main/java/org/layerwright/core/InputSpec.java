package org.layerwright.core;

import org.layerwright.core.errors.IncompatibleShapeException;

/**
 * What a layer accepts as input: a rank (exact, minimum or maximum) and known values for some axes, checked on
 * every call as Keras's {@code InputSpec} is. A failed check names the layer, the shape, what was expected and a
 * fix.
 */
public final class InputSpec {
    private final Integer ndim;
    private final Integer minNdim;
    private final Integer maxNdim;
    /** Required axis values as (axis, value) pairs: usually zero or one pair, so a plain array. */
    private final int[] axes;

    private InputSpec(Integer ndim, Integer minNdim, Integer maxNdim, int[] axes) {
        this.ndim = ndim;
        this.minNdim = minNdim;
        this.maxNdim = maxNdim;
        this.axes = axes;
    }

    public static InputSpec ndim(int ndim) {
        return new InputSpec(ndim, null, null, new int[0]);
    }

    public static InputSpec minNdim(int minNdim) {
        return new InputSpec(null, minNdim, null, new int[0]);
    }

    /** This spec, also requiring {@code axis} (negative counts from the end) to equal {@code value}. */
    public InputSpec withAxis(int axis, int value) {
        int[] copy = java.util.Arrays.copyOf(axes, axes.length + 2);
        copy[axes.length] = axis;
        copy[axes.length + 1] = value;
        return new InputSpec(ndim, minNdim, maxNdim, copy);
    }

    public InputSpec withMaxNdim(int max) {
        return new InputSpec(ndim, minNdim, max, axes);
    }

    /** Throws when {@code shape} does not fit; the message suggests {@code rankFix} when the rank is wrong. */
    public void check(Layer layer, Shape shape, String rankFix) {
        int rank = shape.rank();
        if (ndim != null && rank != ndim) {
            throw layer.shapeError(shape, "expected rank " + ndim + " (" + describeRank(ndim) + "), found rank " + rank,
                    rankFix);
        }
        if (minNdim != null && rank < minNdim) {
            throw layer.shapeError(shape, "expected rank " + minNdim + " or more, found rank " + rank, rankFix);
        }
        if (maxNdim != null && rank > maxNdim) {
            throw layer.shapeError(shape, "expected rank " + maxNdim + " or less, found rank " + rank, rankFix);
        }
        for (int i = 0; i < axes.length; i += 2) {
            int axis = axes[i];
            int expected = axes[i + 1];
            if (axis >= rank || axis < -rank) {
                continue;
            }
            Integer actual = shape.dim(axis);
            if (actual != null && actual != expected) {
                throw new IncompatibleShapeException("Layer '" + layer.name() + "' (" + layer.className()
                        + ") cannot take input shape " + shape + ": expected axis " + axis + " to be " + expected
                        + " (the size it was built for), found " + actual + ".",
                        "Give it inputs of the size it was built for, or use a new layer.");
            }
        }
    }

    private static String describeRank(int rank) {
        switch (rank) {
            case 2:
                return "batch, features";
            case 3:
                return "batch, steps, features";
            case 4:
                return "batch, height, width, channels";
            case 5:
                return "batch, depth, height, width, channels";
            default:
                return "including the batch axis";
        }
    }
}
