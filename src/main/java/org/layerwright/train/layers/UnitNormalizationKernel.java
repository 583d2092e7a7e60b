package org.layerwright.train.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * UnitNormalization (and Dot's {@code normalize}): {@code x / sqrt(max(Σx², 1e-12))} over the given axes, as
 * TensorFlow's {@code l2_normalize}.
 */
final class UnitNormalizationKernel extends SingleInputKernel {
    /** TensorFlow's l2_normalize floor on the sum of squares. */
    private static final double EPSILON = 1e-12;

    private final AxisRows rows;

    UnitNormalizationKernel(int rank, List<Integer> axes) {
        this.rows = new AxisRows(rank, axes);
    }

    /** The normalised rows, each row's 1 / norm and whether the floor was not hit (1) or hit (0). */
    record Normalized(INDArray rows, INDArray values, INDArray inverseNorm, INDArray unclamped) {
    }

    /** l2-normalises each row of a matrix. */
    static Normalized normalizeRows(INDArray x) {
        INDArray squares = x.mul(x).sum(true, 1);
        INDArray unclamped = Transforms.step(squares.sub(EPSILON), true);
        INDArray inverseNorm = Transforms.pow(Transforms.max(squares, EPSILON, true), -0.5, false);
        return new Normalized(x, x.mulColumnVector(inverseNorm), inverseNorm, unclamped);
    }

    /** d loss / d rows from d loss / d normalised rows. */
    static INDArray backwardRows(Normalized n, INDArray gradient) {
        // d(x·r)/dx = r·g − x·r³·Σ(g·x), the second term only where the norm was not floored
        INDArray dot = gradient.mul(n.rows()).sum(true, 1);
        INDArray radial = dot.mul(Transforms.pow(n.inverseNorm(), 3, true)).muli(n.unclamped());
        return gradient.mulColumnVector(n.inverseNorm()).subi(n.rows().mulColumnVector(radial));
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        Normalized n = normalizeRows(rows.toRows(input));
        return Forward.of(rows.fromRows(n.values(), input.shape()), n);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        Normalized n = (Normalized) forward.saved();
        return rows.fromRows(backwardRows(n, rows.toRows(outputGradient)), outputGradient.shape());
    }
}
