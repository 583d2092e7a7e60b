package org.layerwright.io.hdf5;

import io.jhdf.checksum.ChecksumUtils;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.io.hdf5.H5Group.H5Dataset;

/**
 * Writes an {@link H5Group} tree as an HDF5 file that the HDF5 library (h5py, h5dump) and jhdf read: superblock
 * version 2, version-2 object headers with links stored in the header, contiguous datasets, and attributes typed
 * exactly as h5py types what Keras passes it. The file is written in one pass: each object's children and raw data
 * come before its header, so every address is known when a header is written; the superblock is written last.
 *
 * <p>jhdf's own writer is not used because it can only write NULL-terminated UTF-8 strings, cannot write an empty
 * array, and adds an attribute of its own to the root group.
 */
public final class H5Writer {
    private static final long UNDEFINED = -1L;
    private static final int SUPERBLOCK_SIZE = 48;
    private static final int MIN_HEAP_SIZE = 4096;

    private final FileChannel channel;
    private final Map<H5Attribute, Long> heapIds = new IdentityHashMap<>();
    private long heapAddress = UNDEFINED;
    private long position;

    private H5Writer(FileChannel channel) {
        this.channel = channel;
    }

    /** Writes the tree rooted at {@code root} to a new file (an existing file is replaced). */
    public static void write(H5Group root, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            H5Writer writer = new H5Writer(channel);
            writer.position = SUPERBLOCK_SIZE;
            writer.writeGlobalHeap(root);
            long rootAddress = writer.writeGroup(root);
            writer.writeAt(0, writer.superblock(rootAddress));
        }
    }

    private byte[] superblock(long rootAddress) {
        ByteBuffer b = le(SUPERBLOCK_SIZE);
        b.put(new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'});
        b.put((byte) 2).put((byte) 8).put((byte) 8).put((byte) 0);
        b.putLong(0).putLong(UNDEFINED).putLong(position).putLong(rootAddress);
        b.putInt(ChecksumUtils.checksum(java.util.Arrays.copyOf(b.array(), SUPERBLOCK_SIZE - 4)));
        return b.array();
    }

    // ------------------------------------------------------------------ global heap (variable-length strings)

    private void writeGlobalHeap(H5Group root) throws IOException {
        List<H5Attribute> vlen = new ArrayList<>();
        collectVlen(root, vlen);
        if (vlen.isEmpty()) {
            return;
        }
        long used = 16;
        for (H5Attribute a : vlen) {
            used += 16 + align8(a.strings().get(0).length);
        }
        long size = Math.max(MIN_HEAP_SIZE, used + 16);
        ByteBuffer b = le(Math.toIntExact(size));
        b.put("GCOL".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put(new byte[3]).putLong(size);
        int index = 1;
        for (H5Attribute a : vlen) {
            byte[] data = a.strings().get(0);
            b.putShort((short) index).putShort((short) 0).putInt(0).putLong(data.length);
            b.put(data).position(b.position() + (int) (align8(data.length) - data.length));
            heapIds.put(a, (long) index++);
        }
        b.putShort((short) 0).putShort((short) 0).putInt(0).putLong(size - used);
        heapAddress = position;
        append(b.array());
    }

    private static void collectVlen(H5Group group, List<H5Attribute> out) {
        for (H5Attribute a : group.attributes) {
            if (a.kind() == H5Attribute.Kind.VLEN_STRING) {
                out.add(a);
            }
        }
        for (Object child : group.children.values()) {
            if (child instanceof H5Group) {
                collectVlen((H5Group) child, out);
            }
        }
    }

    // ------------------------------------------------------------------ objects

    private long writeGroup(H5Group group) throws IOException {
        List<byte[]> links = new ArrayList<>();
        for (Map.Entry<String, Object> child : group.children.entrySet()) {
            long address = child.getValue() instanceof H5Group ? writeGroup((H5Group) child.getValue())
                    : writeDataset((H5Dataset) child.getValue());
            links.add(H5Messages.link(child.getKey(), address));
        }
        List<byte[]> messages = new ArrayList<>();
        messages.add(H5Messages.message(0x02, 0, H5Messages.linkInfo()));
        messages.add(H5Messages.message(0x0A, 0, new byte[2]));
        for (byte[] link : links) {
            messages.add(H5Messages.message(0x06, 0, link));
        }
        addAttributes(group.attributes, messages);
        return appendHeader(messages);
    }

    private long writeDataset(H5Dataset dataset) throws IOException {
        long dataAddress = position;
        ByteBuffer data = dataset.bytes.duplicate();
        long bytes = data.remaining();
        while (data.hasRemaining()) {
            channel.write(data, dataAddress + data.position());
        }
        position += bytes;
        java.lang.ref.Reference.reachabilityFence(dataset.owner);
        List<byte[]> messages = new ArrayList<>();
        messages.add(H5Messages.message(0x01, 0, H5Messages.dataspace(dataset.shape)));
        messages.add(H5Messages.message(0x03, 1, H5Messages.float32Type()));
        messages.add(H5Messages.message(0x05, 1, new byte[] {3, 0x0A}));
        messages.add(H5Messages.message(0x08, 0, H5Messages.contiguousLayout(bytes == 0 ? UNDEFINED : dataAddress,
                bytes)));
        return appendHeader(messages);
    }

    private void addAttributes(List<H5Attribute> attributes, List<byte[]> messages) {
        for (H5Attribute a : attributes) {
            long heapIndex = heapIds.getOrDefault(a, 0L);
            messages.add(H5Messages.message(0x0C, 0, H5Messages.attribute(a, heapAddress, heapIndex)));
        }
    }

    /** A version-2 object header ("OHDR") holding the messages in one chunk, followed by its checksum. */
    private long appendHeader(List<byte[]> messages) throws IOException {
        int chunk = 0;
        for (byte[] m : messages) {
            chunk += m.length;
        }
        ByteBuffer b = le(4 + 1 + 1 + 4 + chunk + 4);
        b.put("OHDR".getBytes(StandardCharsets.US_ASCII)).put((byte) 2).put((byte) 0x02).putInt(chunk);
        for (byte[] m : messages) {
            b.put(m);
        }
        b.putInt(ChecksumUtils.checksum(java.util.Arrays.copyOf(b.array(), b.capacity() - 4)));
        long address = position;
        append(b.array());
        return address;
    }

    private void append(byte[] bytes) throws IOException {
        writeAt(position, bytes);
        position += bytes.length;
    }

    private void writeAt(long at, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b, at + b.position());
        }
    }

    static long align8(long n) {
        return (n + 7) & ~7L;
    }

    static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
