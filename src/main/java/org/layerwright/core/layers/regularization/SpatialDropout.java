package org.layerwright.core.layers.regularization;

import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;

/**
 * The common part of SpatialDropout1D, 2D and 3D: drops whole feature maps (channels) instead of single values,
 * because neighbouring values in a map are strongly correlated. Written as tf.keras 2.6 writes it: the Dropout keys
 * {@code rate, noise_shape, seed}.
 */
public abstract class SpatialDropout extends Dropout {
    private final int rank;

    protected SpatialDropout(int rank, double rate) {
        super(rate);
        this.rank = rank;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() != rank + 2) {
            throw shapeError(input, "expected rank " + (rank + 2) + " (batch, "
                    + (rank == 1 ? "steps" : rank == 2 ? "height, width" : "depth, height, width") + ", channels),"
                    + " found rank " + input.rank(), "Use Dropout for inputs without spatial axes, or SpatialDropout"
                            + (input.rank() - 2) + "D for rank " + input.rank() + ".");
        }
        return input;
    }

    @Override
    public String explainShape() {
        return "drops " + Math.round(rate() * 100) + "% of whole channels while training; shape unchanged";
    }

    /** Reads the seed and the base keys. */
    protected static <T extends SpatialDropout> T readSpatialConfig(T layer, ConfigReader r) {
        layer.seed(r.integer("seed", null));
        layer.readBaseConfig(r);
        return layer;
    }
}
