package org.layerwright.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable tensor shape in which any dimension may be unknown ({@code None} in Keras).
 *
 * <p>Prints exactly as Python prints a shape tuple: {@code (None, 28, 28)}, {@code (None,)}, {@code ()}.
 *
 * <pre>{@code
 * Shape s = Shape.of(null, 28, 28);
 * s.rank();            // 3
 * s.dim(0);            // null
 * s.toString();        // "(None, 28, 28)"
 * }</pre>
 */
public final class Shape {
    private static final int UNKNOWN = -1;
    private static final Shape SCALAR = new Shape(new int[0]);

    private final int[] dims;
    private String text;

    private Shape(int[] dims) {
        this.dims = dims;
    }

    /** A shape from dimensions; {@code null} stands for an unknown dimension. */
    public static Shape of(Integer... dims) {
        int[] copy = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            Integer d = dims[i];
            if (d != null && d < 0) {
                throw new IllegalArgumentException("A dimension must be null (unknown) or >= 0, got " + d
                        + " in " + Arrays.toString(dims));
            }
            copy[i] = d == null ? UNKNOWN : d;
        }
        return new Shape(copy);
    }

    /** A shape from a list of dimensions; {@code null} entries stand for unknown dimensions. */
    public static Shape of(List<Integer> dims) {
        return of(dims.toArray(new Integer[0]));
    }

    /** A shape whose first (batch) dimension is unknown, followed by {@code dims}. */
    public static Shape batched(Integer... dims) {
        Integer[] all = new Integer[dims.length + 1];
        System.arraycopy(dims, 0, all, 1, dims.length);
        return of(all);
    }

    /** The shape of a scalar, {@code ()}. */
    public static Shape scalar() {
        return SCALAR;
    }

    public int rank() {
        return dims.length;
    }

    /** Dimension {@code axis} (negative counts from the end), or {@code null} when unknown. */
    public Integer dim(int axis) {
        int d = dims[normalizeAxis(axis)];
        return d == UNKNOWN ? null : d;
    }

    /** True when dimension {@code axis} is known. */
    public boolean isKnown(int axis) {
        return dims[normalizeAxis(axis)] != UNKNOWN;
    }

    /** True when every dimension after the first (batch) one is known. */
    public boolean isFullyKnownExceptBatch() {
        for (int i = 1; i < dims.length; i++) {
            if (dims[i] == UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    /** True when every dimension is known. */
    public boolean isFullyKnown() {
        for (int d : dims) {
            if (d == UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    /** Converts a possibly negative axis to an index in {@code [0, rank)}. */
    public int normalizeAxis(int axis) {
        int a = axis < 0 ? axis + dims.length : axis;
        if (a < 0 || a >= dims.length) {
            throw new IndexOutOfBoundsException("axis " + axis + " is out of range for shape " + this);
        }
        return a;
    }

    /** Product of all dimensions, or -1 when one is unknown. */
    public long numElements() {
        return productFrom(0);
    }

    /** Product of the dimensions from {@code start} on, or -1 when one is unknown. */
    public long productFrom(int start) {
        long p = 1;
        for (int i = start; i < dims.length; i++) {
            if (dims[i] == UNKNOWN) {
                return -1;
            }
            p = Math.multiplyExact(p, dims[i]);
        }
        return p;
    }

    /** A copy with dimension {@code axis} replaced; {@code value} may be null. */
    public Shape with(int axis, Integer value) {
        int[] copy = dims.clone();
        copy[normalizeAxis(axis)] = value == null ? UNKNOWN : value;
        return new Shape(copy);
    }

    /** The dimensions {@code [from, to)}. */
    public Shape slice(int from, int to) {
        return new Shape(Arrays.copyOfRange(dims, from, to));
    }

    /** The dimensions from {@code from} on. */
    public Shape slice(int from) {
        return slice(from, dims.length);
    }

    /** This shape followed by {@code other}. */
    public Shape concat(Shape other) {
        int[] all = Arrays.copyOf(dims, dims.length + other.dims.length);
        System.arraycopy(other.dims, 0, all, dims.length, other.dims.length);
        return new Shape(all);
    }

    /** This shape with one more dimension at the end. */
    public Shape append(Integer value) {
        return concat(of(value));
    }

    /** This shape with one more dimension in front. */
    public Shape prepend(Integer value) {
        return of(value).concat(this);
    }

    /** The dimensions as a list, {@code null} for unknown. */
    public List<Integer> toList() {
        List<Integer> list = new ArrayList<>(dims.length);
        for (int d : dims) {
            list.add(d == UNKNOWN ? null : d);
        }
        return Collections.unmodifiableList(list);
    }

    /** The dimensions as an array of ints, -1 for unknown. */
    public int[] toArray() {
        return dims.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape && Arrays.equals(dims, ((Shape) o).dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** Python's tuple repr: {@code (None, 28, 28)}, {@code (None,)}, {@code ()}. */
    @Override
    public String toString() {
        if (text == null) {
            text = format();
        }
        return text;
    }

    private String format() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(dims[i] == UNKNOWN ? "None" : Integer.toString(dims[i]));
        }
        if (dims.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }
}
