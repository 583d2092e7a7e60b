package org.layerwright.train.data;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads NumPy's {@code .npy} (format versions 1–3) and {@code .npz} (a zip of .npy files). Numbers of any of NumPy's
 * bool, int, uint and float types become float32 (float64 stays float64); Fortran-ordered arrays are read correctly.
 */
public final class NpyReader {
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([a-z])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyReader() {
    }

    /** The array in one .npy stream. */
    public static INDArray readNpy(InputStream stream, String source) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        byte[] magic = new byte[6];
        in.readFully(magic);
        if ((magic[0] & 0xff) != 0x93 || !"NUMPY".equals(new String(magic, 1, 5, StandardCharsets.US_ASCII))) {
            throw new IOException(source + ": not a NumPy .npy file (no \\x93NUMPY magic).");
        }
        int major = in.readUnsignedByte();
        in.readUnsignedByte();
        int headerLength;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
        } else {
            headerLength = Integer.reverseBytes(in.readInt());
        }
        byte[] headerBytes = new byte[headerLength];
        in.readFully(headerBytes);
        String header = new String(headerBytes, major >= 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shapeMatch = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shapeMatch.find()) {
            throw new IOException(source + ": unreadable .npy header: " + header.trim());
        }
        ByteOrder order = ">".equals(descr.group(1)) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        char kind = descr.group(2).charAt(0);
        int size = Integer.parseInt(descr.group(3));
        long[] shape = parseShape(shapeMatch.group(1));
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        if (count * size > Integer.MAX_VALUE) {
            throw new IOException(source + ": too large for this reader (" + count + " values).");
        }
        byte[] data = in.readNBytes((int) (count * size));
        if (data.length != count * size) {
            throw new IOException(source + ": truncated: expected " + count * size + " bytes of data, found "
                    + data.length + ".");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data).order(order);
        INDArray flat;
        if (kind == 'f' && size == 8) {
            double[] values = new double[(int) count];
            buffer.asDoubleBuffer().get(values);
            flat = Nd4j.createFromArray(values);
        } else {
            float[] values = new float[(int) count];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) readNumber(buffer, kind, size, source);
            }
            flat = Nd4j.createFromArray(values);
        }
        if (shape.length == 0) {
            return flat.reshape();
        }
        boolean fortranOrder = "True".equals(fortran.group(1));
        return fortranOrder ? flat.reshape('f', shape).dup('c') : flat.reshape('c', shape);
    }

    /** Every array in a .npz stream, by name (without ".npy"), in file order. */
    public static Map<String, INDArray> readNpz(InputStream stream, String source) throws IOException {
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(stream)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                byte[] bytes = zip.readAllBytes();
                String key = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
                arrays.put(key, readNpy(new ByteArrayInputStream(bytes), source + "[" + name + "]"));
            }
        }
        if (arrays.isEmpty()) {
            throw new IOException(source + ": not a .npz file, or an empty one.");
        }
        return arrays;
    }

    private static long[] parseShape(String text) {
        String[] parts = text.split(",");
        return java.util.Arrays.stream(parts).map(String::trim).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong)
                .toArray();
    }

    private static double readNumber(ByteBuffer b, char kind, int size, String source) throws IOException {
        switch (kind) {
            case 'b':
                return b.get() != 0 ? 1 : 0;
            case 'u':
                switch (size) {
                    case 1: return b.get() & 0xff;
                    case 2: return b.getShort() & 0xffff;
                    case 4: return b.getInt() & 0xffffffffL;
                    case 8: return b.getLong();
                    default: break;
                }
                break;
            case 'i':
                switch (size) {
                    case 1: return b.get();
                    case 2: return b.getShort();
                    case 4: return b.getInt();
                    case 8: return b.getLong();
                    default: break;
                }
                break;
            case 'f':
                if (size == 4) {
                    return b.getFloat();
                }
                break;
            default:
                break;
        }
        throw new IOException(source + ": unsupported NumPy type '" + kind + size + "'. Expected bool, int, uint or"
                + " float.");
    }

}
