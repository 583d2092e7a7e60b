package org.layerwright.train.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads IDX files (MNIST's format: a big-endian magic number whose third byte is the element type and fourth the
 * rank, the dimension sizes, then the values), plain or gzip-compressed. Unsigned bytes become float32 0..255.
 */
public final class IdxReader {
    private IdxReader() {
    }

    /** The array in an IDX stream; gzip is detected from its first two bytes. */
    public static INDArray read(InputStream stream, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(stream);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        InputStream raw = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        int magic = in.readInt();
        int type = (magic >> 8) & 0xff;
        int rank = magic & 0xff;
        if ((magic >>> 16) != 0 || rank == 0) {
            throw new IOException(source + ": not an IDX file (magic number " + magic + "). Expected MNIST's IDX"
                    + " format, such as train-images-idx3-ubyte.");
        }
        long[] shape = new long[rank];
        long count = 1;
        for (int i = 0; i < rank; i++) {
            shape[i] = in.readInt();
            count *= shape[i];
        }
        if (count > Integer.MAX_VALUE) {
            throw new IOException(source + ": too large (" + count + " values).");
        }
        float[] values = new float[(int) count];
        switch (type) {
            case 0x08 -> {
                byte[] bytes = new byte[(int) count];
                in.readFully(bytes);
                for (int i = 0; i < bytes.length; i++) {
                    values[i] = bytes[i] & 0xff;
                }
            }
            case 0x09 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.readByte();
                }
            }
            case 0x0B -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.readShort();
                }
            }
            case 0x0C -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.readInt();
                }
            }
            case 0x0D -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.readFloat();
                }
            }
            case 0x0E -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) in.readDouble();
                }
            }
            default -> throw new IOException(source + ": unknown IDX element type 0x" + Integer.toHexString(type)
                    + ".");
        }
        return Nd4j.create(values, shape, DataType.FLOAT);
    }
}
