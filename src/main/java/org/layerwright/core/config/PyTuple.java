package org.layerwright.core.config;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable list that Keras holds as a Python tuple ({@code kernel_size}, {@code batch_input_shape}, ...).
 * JSON writes it as an array; YAML writes it with PyYAML's {@code !!python/tuple} tag, as Keras's
 * {@code to_yaml()} did.
 */
public final class PyTuple extends AbstractList<Object> {
    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(items.clone());
    }

    public static PyTuple copyOf(List<?> items) {
        return new PyTuple(items.toArray());
    }

    /** A tuple of ints. */
    public static PyTuple ofInts(int... values) {
        Object[] boxed = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return new PyTuple(boxed);
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
