package org.layerwright.train.layers;

import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code x · scale + shift} with scale and shift broadcast from (1, ...) arrays of the input's rank: Rescaling
 * (scalars) and Normalization ({@code (x − mean) / max(sqrt(variance), 1e-7)}, its statistics fixed). Neither has
 * trainable weights; the input gradient is {@code dy · scale}.
 */
final class ScaleShiftKernel extends SingleInputKernel {
    /** A per-call pair of broadcastable arrays, read when the layer runs so set weights are honoured. */
    record Affine(INDArray scale, INDArray shift) {
    }

    private final Supplier<Affine> affine;

    ScaleShiftKernel(Supplier<Affine> affine) {
        this.affine = affine;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        Affine a = affine.get();
        INDArray scale = a.scale().castTo(input.dataType()).broadcast(input.shape());
        INDArray shift = a.shift().castTo(input.dataType()).broadcast(input.shape());
        return Forward.of(input.mul(scale).addi(shift), scale);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        return outputGradient.mul((INDArray) forward.saved());
    }
}
