package org.layerwright.io.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.object.datatype.FloatingPoint;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.layerwright.core.Shape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A weight array in a file (or already in memory), read when needed. Loading into a model copies a file's bytes
 * straight into the arrays the model already holds, so no new memory is needed for them.
 */
public abstract class StoredArray {
    StoredArray() {
    }

    /** The array's shape. */
    public abstract Shape shape();

    /** The values as a new float32 array. */
    public abstract INDArray read();

    /** Copies the values into {@code target}, which has this shape. */
    void readInto(INDArray target) {
        target.assign(read());
    }

    static StoredArray of(INDArray value) {
        return new StoredArray() {
            @Override
            public Shape shape() {
                return WeightsLoader.shapeOf(value);
            }

            @Override
            public INDArray read() {
                return value;
            }
        };
    }

    /** A dataset of an open file; valid while the file is open. */
    static StoredArray of(Dataset dataset) {
        return new StoredArray() {
            @Override
            public Shape shape() {
                int[] dims = dataset.getDimensions();
                Integer[] boxed = new Integer[dims.length];
                for (int i = 0; i < dims.length; i++) {
                    boxed[i] = dims[i];
                }
                return Shape.of(boxed);
            }

            @Override
            public INDArray read() {
                return SavedWeights.toArray(dataset);
            }

            @Override
            void readInto(INDArray target) {
                ByteBuffer source = contiguousFloat32(dataset);
                if (source != null && WeightsLayout.float32COrder(target) == target) {
                    ByteBuffer bytes = WeightsLayout.littleEndianBytes(target);
                    if (bytes.isDirect() && bytes.remaining() == source.remaining()) {
                        bytes.put(source.duplicate());
                        return;
                    }
                }
                super.readInto(target);
            }
        };
    }

    /**
     * The raw bytes of a contiguous little-endian float32 dataset on a little-endian machine (they can be copied
     * into native memory as they are), or null.
     */
    static ByteBuffer contiguousFloat32(Dataset dataset) {
        if (!(dataset instanceof ContiguousDataset) || !(dataset.getDataType() instanceof FloatingPoint)
                || dataset.getDataType().getSize() != 4 || dataset.isEmpty() || dataset.getSize() == 0
                || ((FloatingPoint) dataset.getDataType()).getByteOrder() != ByteOrder.LITTLE_ENDIAN
                || ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            return null;
        }
        ByteBuffer source = ((ContiguousDataset) dataset).getBuffer();
        return source != null && source.remaining() == 4 * dataset.getSize() ? source : null;
    }

    /** A new uninitialised float32 array of a shape. */
    static INDArray allocate(long[] shape) {
        return org.nd4j.linalg.factory.Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
    }
}
