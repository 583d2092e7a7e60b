package org.layerwright.core;

/**
 * A symbolic tensor: the shape of a value that will flow through a model, and where it came from (Keras's
 * {@code _keras_history}: the layer, which of its calls, and which of that call's outputs).
 *
 * <pre>{@code
 * KerasTensor x = Input.of(784);
 * KerasTensor y = new Dense(10).apply(x);
 * y.shape();   // (None, 10)
 * }</pre>
 */
public final class KerasTensor {
    private final Shape shape;
    private final String dtype;
    private final Layer layer;
    private final int nodeIndex;
    private final int tensorIndex;

    KerasTensor(Shape shape, String dtype, Layer layer, int nodeIndex, int tensorIndex) {
        this.shape = shape;
        this.dtype = dtype;
        this.layer = layer;
        this.nodeIndex = nodeIndex;
        this.tensorIndex = tensorIndex;
    }

    /** A tensor with a shape but no history, as seen inside a subclassed model's {@code call}. */
    static KerasTensor traced(Shape shape, String dtype) {
        return new KerasTensor(shape, dtype, null, -1, -1);
    }

    /** The shape, or null when it cannot be inferred: the tensor comes after a layer Layerwright does not know. */
    public Shape shape() {
        return shape;
    }

    /** False when the shape cannot be inferred (see {@link #shape()}). */
    public boolean isShapeKnown() {
        return shape != null;
    }

    public String dtype() {
        return dtype;
    }

    /** The layer whose call produced this tensor, or null inside a subclassed model's traced call. */
    public Layer layer() {
        return layer;
    }

    /** Which call of {@link #layer()} produced this tensor (index into its inbound nodes). */
    public int nodeIndex() {
        return nodeIndex;
    }

    /** Which of that call's outputs this tensor is. */
    public int tensorIndex() {
        return tensorIndex;
    }

    /** The node (call) that produced this tensor, or null when it has no history. */
    public Node node() {
        return layer == null ? null : layer.inboundNodes().get(nodeIndex);
    }

    /** True when the tensor records where it came from, so a functional model can be built from it. */
    public boolean hasHistory() {
        return layer != null;
    }

    @Override
    public String toString() {
        return "KerasTensor(shape=" + (shape == null ? "?" : shape) + ", dtype=" + dtype
                + (layer == null ? "" : ", created by layer '" + layer.name() + "'") + ")";
    }
}
