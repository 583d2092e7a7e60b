package org.layerwright.core.weights;

import java.util.Random;
import org.layerwright.core.Shape;

/** Keras's Orthogonal initializer: a random matrix made orthogonal (Gram-Schmidt), scaled by {@code gain}. */
final class Orthogonal {
    private Orthogonal() {
    }

    static float[] fill(float[] out, Shape shape, Random random, double gain) {
        if (shape.rank() < 2) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (gain * random.nextGaussian());
            }
            return out;
        }
        int cols = shape.dim(shape.rank() - 1);
        int rows = out.length / cols;
        boolean transpose = rows < cols;
        int r = transpose ? cols : rows;
        int c = transpose ? rows : cols;
        double[][] q = new double[c][r];
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < r; i++) {
                q[j][i] = random.nextGaussian();
            }
            for (int k = 0; k < j; k++) {
                double dot = 0;
                for (int i = 0; i < r; i++) {
                    dot += q[j][i] * q[k][i];
                }
                for (int i = 0; i < r; i++) {
                    q[j][i] -= dot * q[k][i];
                }
            }
            double norm = 0;
            for (int i = 0; i < r; i++) {
                norm += q[j][i] * q[j][i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < r; i++) {
                q[j][i] /= norm == 0 ? 1 : norm;
            }
        }
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                double v = transpose ? q[row][col] : q[col][row];
                out[row * cols + col] = (float) (gain * v);
            }
        }
        return out;
    }
}
