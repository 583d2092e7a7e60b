package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * UpSampling2D with bilinear interpolation, as TensorFlow 2's {@code resize} (half-pixel centres, edges clamped):
 * a linear map along height, then one along width. Its gradient applies the transposed maps.
 */
final class BilinearUpSamplingKernel extends SingleInputKernel {
    private final int[] size;

    BilinearUpSamplingKernel(int[] size) {
        this.size = size.clone();
    }

    /** The (in · scale) × in interpolation matrix of one axis. */
    static INDArray interpolation(int in, int scale) {
        int out = in * scale;
        double[][] m = new double[out][in];
        for (int o = 0; o < out; o++) {
            double source = (o + 0.5) / scale - 0.5;
            double floor = Math.floor(source);
            int lower = Math.max((int) floor, 0);
            int upper = Math.min((int) Math.ceil(source), in - 1);
            double lerp = source - floor;
            m[o][lower] += 1.0 - lerp;
            m[o][upper] += lerp;
        }
        return Nd4j.createFromArray(m);
    }

    /** Multiplies every line along {@code axis} by {@code matrix} (transposed when asked). */
    private static INDArray alongAxis(INDArray x, INDArray matrix, boolean transpose, int axis) {
        int rank = x.rank();
        int[] order = new int[rank];
        int[] inverse = new int[rank];
        order[0] = axis;
        for (int d = 0, i = 1; d < rank; d++) {
            if (d != axis) {
                order[i++] = d;
            }
        }
        for (int i = 0; i < rank; i++) {
            inverse[order[i]] = i;
        }
        INDArray moved = x.permute(order).dup('c');
        long[] shape = moved.shape();
        INDArray m = matrix.castTo(x.dataType());
        INDArray mapped = Nd4j.gemm(m, moved.reshape('c', shape[0], -1), transpose, false);
        shape[0] = mapped.size(0);
        return mapped.reshape('c', shape).permute(inverse).dup('c');
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray height = interpolation((int) input.size(1), size[0]);
        INDArray width = interpolation((int) input.size(2), size[1]);
        INDArray out = alongAxis(alongAxis(input, height, false, 1), width, false, 2);
        return Forward.of(out, new INDArray[] {height, width});
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        INDArray[] maps = (INDArray[]) forward.saved();
        return alongAxis(alongAxis(outputGradient, maps[1], true, 2), maps[0], true, 1);
    }
}
