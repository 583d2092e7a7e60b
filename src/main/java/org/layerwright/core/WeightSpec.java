package org.layerwright.core;

import org.layerwright.core.config.KerasObject;

/**
 * A weight a layer declares when it is built: its name within the layer ({@code kernel}, or
 * {@code lstm_cell/kernel} for weights Keras creates inside a cell), shape, trainability and initializer.
 * No array exists until the weights are asked for.
 */
public final class WeightSpec {
    private final String path;
    private final Shape shape;
    private final boolean trainable;
    private final KerasObject initializer;
    private final long size;

    public WeightSpec(String path, Shape shape, boolean trainable, KerasObject initializer) {
        this.size = shape.numElements();
        this.path = path;
        this.shape = shape;
        this.trainable = trainable;
        this.initializer = initializer;
    }

    /** Name within the layer, e.g. {@code kernel} or {@code lstm_cell/kernel}. */
    public String path() {
        return path;
    }

    /** The short name: the last part of the path ({@code kernel}). */
    public String shortName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public Shape shape() {
        return shape;
    }

    /** Whether the weight is trainable by nature (BatchNormalization's moving statistics are not). */
    public boolean trainable() {
        return trainable;
    }

    public KerasObject initializer() {
        return initializer;
    }

    /** Number of values in the weight. */
    public long size() {
        return size;
    }

    @Override
    public String toString() {
        return path + shape;
    }
}
