package org.layerwright.io.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group being prepared for writing: attributes and children (groups or datasets) kept in the order they were
 * added, which is the order their objects are laid out in the file.
 */
public final class H5Group {
    final Map<String, Object> children = new LinkedHashMap<>();
    final List<H5Attribute> attributes = new ArrayList<>();

    /** The child group with this name, created if missing. The name is one link: it must not contain '/'. */
    public H5Group group(String name) {
        requireLinkName(name);
        Object existing = children.get(name);
        if (existing instanceof H5Group) {
            return (H5Group) existing;
        }
        if (existing != null) {
            throw new IllegalArgumentException("\"" + name + "\" is already a dataset");
        }
        H5Group group = new H5Group();
        children.put(name, group);
        return group;
    }

    /**
     * The group at a slash-separated path below this one, creating each level as h5py does for
     * {@code create_dataset("a/b/c")}.
     */
    public H5Group groupPath(String path) {
        H5Group group = this;
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                group = group.group(part);
            }
        }
        return group;
    }

    /** Adds a float32 dataset at a slash-separated path (intermediate groups are created). */
    public void float32Dataset(String path, long[] shape, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        float32Dataset(path, shape, bytes, null);
    }

    /**
     * Adds a float32 dataset whose values are the little-endian bytes from the buffer's position to its limit;
     * {@code owner} is kept reachable until the file is written (the buffer may view its native memory).
     */
    public void float32Dataset(String path, long[] shape, ByteBuffer littleEndian, Object owner) {
        int slash = path.lastIndexOf('/');
        H5Group parent = slash < 0 ? this : groupPath(path.substring(0, slash));
        String leaf = path.substring(slash + 1);
        requireLinkName(leaf);
        if (parent.children.containsKey(leaf)) {
            throw new IllegalArgumentException("Unable to create dataset (name already exists): " + path);
        }
        parent.children.put(leaf, new H5Dataset(shape, littleEndian.slice(), owner));
    }

    /** Adds or replaces an attribute. */
    public void attribute(H5Attribute attribute) {
        attributes.removeIf(a -> a.name().equals(attribute.name()));
        attributes.add(attribute);
    }

    private static void requireLinkName(String name) {
        if (name.isEmpty() || name.indexOf('/') >= 0 || ".".equals(name)) {
            throw new IllegalArgumentException("Not a valid HDF5 link name: \"" + name + "\"");
        }
    }

    /** A contiguous little-endian float32 dataset. */
    static final class H5Dataset {
        final long[] shape;
        final ByteBuffer bytes;
        final Object owner;

        H5Dataset(long[] shape, ByteBuffer bytes, Object owner) {
            long count = 1;
            for (long d : shape) {
                count *= d;
            }
            if (4 * count != bytes.remaining()) {
                throw new IllegalArgumentException("Shape " + java.util.Arrays.toString(shape) + " holds " + count
                        + " float32 values, but " + bytes.remaining() + " bytes were given");
            }
            this.shape = shape.clone();
            this.bytes = bytes;
            this.owner = owner;
        }
    }
}
