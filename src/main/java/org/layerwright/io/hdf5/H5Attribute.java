package org.layerwright.io.hdf5;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An attribute in one of the three forms Keras writes: a 1-D array of fixed-length NULL-padded strings (a NumPy
 * {@code S<n>} array), a scalar variable-length string (a Python {@code bytes} or {@code str} value), or the empty
 * float64 array of shape {@code (0,)} h5py makes from an empty list.
 */
public final class H5Attribute {
    enum Kind { FIXED_STRINGS, VLEN_STRING, EMPTY_FLOAT64 }

    private final String name;
    private final Kind kind;
    private final List<byte[]> strings;
    private final boolean utf8;
    private final int fixedLength;

    private H5Attribute(String name, Kind kind, List<byte[]> strings, boolean utf8, int fixedLength) {
        this.name = name;
        this.kind = kind;
        this.strings = strings;
        this.utf8 = utf8;
        this.fixedLength = fixedLength;
    }

    /**
     * A NumPy {@code S<n>} array: fixed-length strings, n = the longest in bytes, NULL-padded, ASCII (as h5py
     * labels every {@code S} array). An empty list gives the empty float64 array h5py writes for {@code []}.
     */
    public static H5Attribute fixedStrings(String name, List<String> values) {
        List<byte[]> bytes = values.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toList();
        int n = 1;
        for (byte[] s : bytes) {
            n = Math.max(n, s.length);
        }
        return fixedStrings(name, values, n);
    }

    /** Fixed-length strings of a given length (a chunk of a larger array keeps the whole array's length). */
    public static H5Attribute fixedStrings(String name, List<String> values, int length) {
        if (values.isEmpty()) {
            return new H5Attribute(name, Kind.EMPTY_FLOAT64, List.of(), false, 0);
        }
        List<byte[]> bytes = values.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toList();
        for (byte[] s : bytes) {
            if (s.length > length) {
                throw new IllegalArgumentException("\"" + new String(s, StandardCharsets.UTF_8) + "\" is longer than "
                        + length + " bytes");
            }
        }
        return new H5Attribute(name, Kind.FIXED_STRINGS, bytes, false, length);
    }

    /** A scalar variable-length string: ASCII-labelled for Python {@code bytes}, UTF-8 for Python {@code str}. */
    public static H5Attribute vlenString(String name, String value, boolean utf8) {
        return new H5Attribute(name, Kind.VLEN_STRING, List.of(value.getBytes(StandardCharsets.UTF_8)), utf8, 0);
    }

    public String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    List<byte[]> strings() {
        return strings;
    }

    boolean utf8() {
        return utf8;
    }

    /** The fixed string length in bytes (NumPy's {@code S1} at least, for empty strings). */
    int fixedLength() {
        return fixedLength;
    }

    /** Bytes of the attribute's data as stored for a fixed-length array. */
    int fixedDataSize() {
        return fixedLength() * strings.size();
    }
}
