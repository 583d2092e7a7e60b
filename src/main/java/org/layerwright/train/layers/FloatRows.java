package org.layerwright.train.layers;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves float32 matrices between ND4J and Java arrays for kernels that run a step as one Java loop. Copies are
 * cheap at a recurrent step's size (a few thousand values); what they save is a native call per element-wise op.
 */
final class FloatRows {
    private FloatRows() {
    }

    /** The values of a 2-D float32 array in C order, copied; any view or stride works. */
    static float[] of(INDArray matrix) {
        float[] out = new float[(int) (matrix.size(0) * matrix.size(1))];
        addInto(out, matrix);
        return out;
    }

    /** Adds the values of a 2-D float32 array, any view, into {@code target} (C order, same size). */
    static void addInto(float[] target, INDArray matrix) {
        int rows = (int) matrix.size(0);
        int columns = (int) matrix.size(1);
        FloatBuffer data = matrix.data().asNioFloat();
        long offset = matrix.offset();
        long rowStride = matrix.stride(0);
        long columnStride = matrix.stride(1);
        for (int r = 0; r < rows; r++) {
            long start = offset + r * rowStride;
            for (int c = 0; c < columns; c++) {
                target[r * columns + c] += data.get((int) (start + c * columnStride));
            }
        }
    }

    /** A new (rows, columns) float32 array holding {@code values}. */
    static INDArray matrix(float[] values, long rows, long columns) {
        return Nd4j.create(values, new long[] {rows, columns}, 'c');
    }
}
