package org.layerwright.io.hdf5;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Encodes the HDF5 object-header messages {@link H5Writer} needs (HDF5 File Format Specification 3.0, IV.A.2). */
final class H5Messages {
    private static final long UNDEFINED = -1L;

    private H5Messages() {
    }

    /** A message inside a version-2 object header: type, size, flags, body. */
    static byte[] message(int type, int flags, byte[] body) {
        if (body.length > 0xFFFF) {
            throw new IllegalArgumentException("An HDF5 header message cannot hold " + body.length + " bytes");
        }
        ByteBuffer b = H5Writer.le(4 + body.length);
        b.put((byte) type).putShort((short) body.length).put((byte) flags).put(body);
        return b.array();
    }

    /** Link Info: no creation order, links stored in the header (no fractal heap, no B-tree). */
    static byte[] linkInfo() {
        return H5Writer.le(18).put((byte) 0).put((byte) 0).putLong(UNDEFINED).putLong(UNDEFINED).array();
    }

    /** A hard link; names that are not ASCII are marked UTF-8. */
    static byte[] link(String name, long address) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        boolean ascii = bytes.length == name.length();
        boolean wide = bytes.length > 0xFF;
        int flags = (wide ? 1 : 0) | (ascii ? 0 : 0x10);
        ByteBuffer b = H5Writer.le(2 + (ascii ? 0 : 1) + (wide ? 2 : 1) + bytes.length + 8);
        b.put((byte) 1).put((byte) flags);
        if (!ascii) {
            b.put((byte) 1);
        }
        if (wide) {
            b.putShort((short) bytes.length);
        } else {
            b.put((byte) bytes.length);
        }
        return b.put(bytes).putLong(address).array();
    }

    /** Dataspace version 2: scalar for rank 0, otherwise simple with these dimensions. */
    static byte[] dataspace(long[] dims) {
        ByteBuffer b = H5Writer.le(4 + 8 * dims.length);
        b.put((byte) 2).put((byte) dims.length).put((byte) 0).put((byte) (dims.length == 0 ? 0 : 1));
        for (long d : dims) {
            b.putLong(d);
        }
        return b.array();
    }

    /** IEEE 754 little-endian float32, as NumPy's {@code <f4}. */
    static byte[] float32Type() {
        return floatType(4, 31, 23, 8, 23, 127);
    }

    /** IEEE 754 little-endian float64, as NumPy's {@code <f8}. */
    static byte[] float64Type() {
        return floatType(8, 63, 52, 11, 52, 1023);
    }

    private static byte[] floatType(int size, int signBit, int exponentAt, int exponentBits, int mantissaBits,
            int bias) {
        ByteBuffer b = H5Writer.le(8 + 12);
        b.put((byte) 0x11).put((byte) 0x20).put((byte) signBit).put((byte) 0).putInt(size);
        b.putShort((short) 0).putShort((short) (size * 8)).put((byte) exponentAt).put((byte) exponentBits)
                .put((byte) 0).put((byte) mantissaBits).putInt(bias);
        return b.array();
    }

    /** Fixed-length string: NULL padding, ASCII character set (what h5py writes for NumPy {@code S<n>}). */
    static byte[] fixedStringType(int length) {
        return H5Writer.le(8).put((byte) 0x13).put((byte) 0x01).put((byte) 0).put((byte) 0).putInt(length).array();
    }

    /** Variable-length string (NULL-terminated, ASCII or UTF-8) over unsigned bytes, as h5py's string dtypes. */
    static byte[] vlenStringType(boolean utf8) {
        ByteBuffer b = H5Writer.le(8 + 12);
        b.put((byte) 0x19).put((byte) 0x01).put((byte) (utf8 ? 1 : 0)).put((byte) 0).putInt(16);
        b.put((byte) 0x10).put((byte) 0).put((byte) 0).put((byte) 0).putInt(1).putShort((short) 0)
                .putShort((short) 8);
        return b.array();
    }

    /** Contiguous layout (version 3) at an address, of a size in bytes. */
    static byte[] contiguousLayout(long address, long size) {
        return H5Writer.le(18).put((byte) 3).put((byte) 1).putLong(address).putLong(size).array();
    }

    /** An attribute message (version 3) with its datatype, dataspace and data. */
    static byte[] attribute(H5Attribute a, long heapAddress, long heapIndex) {
        byte[] type;
        byte[] space;
        byte[] data;
        switch (a.kind()) {
            case FIXED_STRINGS -> {
                int n = a.fixedLength();
                type = fixedStringType(n);
                space = dataspace(new long[] {a.strings().size()});
                ByteBuffer d = ByteBuffer.allocate(a.fixedDataSize());
                for (int i = 0; i < a.strings().size(); i++) {
                    d.position(i * n);
                    d.put(a.strings().get(i));
                }
                data = d.array();
            }
            case VLEN_STRING -> {
                type = vlenStringType(a.utf8());
                space = dataspace(new long[0]);
                data = H5Writer.le(16).putInt(a.strings().get(0).length).putLong(heapAddress)
                        .putInt((int) heapIndex).array();
            }
            default -> {
                type = float64Type();
                space = dataspace(new long[] {0});
                data = new byte[0];
            }
        }
        byte[] name = a.name().getBytes(StandardCharsets.UTF_8);
        boolean ascii = name.length == a.name().length();
        ByteBuffer b = H5Writer.le(9 + name.length + 1 + type.length + space.length + data.length);
        b.put((byte) 3).put((byte) 0).putShort((short) (name.length + 1)).putShort((short) type.length)
                .putShort((short) space.length).put((byte) (ascii ? 0 : 1));
        b.put(name).put((byte) 0).put(type).put(space).put(data);
        return b.array();
    }
}
