package org.layerwright.core;

/**
 * Creates the input tensors of a functional model, as Keras's {@code Input(shape=...)}.
 *
 * <pre>{@code
 * KerasTensor pixels = Input.of(28, 28);          // (None, 28, 28), named input_1
 * KerasTensor tokens = Input.of("tokens", (Integer) null);  // (None, None)
 * }</pre>
 */
public final class Input {
    private Input() {
    }

    /** An input of the given shape (without the batch axis); null dimensions are unknown. */
    public static KerasTensor of(Integer... shape) {
        return new InputLayer(Shape.batched(shape)).output();
    }

    /** A named input of the given shape (without the batch axis). */
    public static KerasTensor of(String name, Integer... shape) {
        return new InputLayer(Shape.batched(shape), name, "float32", false, false).output();
    }

    /** An input whose shape includes the batch axis, as Keras's {@code Input(batch_shape=...)}. */
    public static KerasTensor ofBatchShape(Shape batchShape, String name) {
        return new InputLayer(batchShape, name, "float32", false, false).output();
    }
}
