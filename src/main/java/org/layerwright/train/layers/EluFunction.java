package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The ELU layer's function: x for x &gt; 0, {@code alpha · (exp(x) − 1)} otherwise. */
final class EluFunction implements ActivationFunction {
    private final double alpha;

    EluFunction(double alpha) {
        this.alpha = alpha;
    }

    // exp only of min(x, 0): the positive side never reads it, and a large x must not overflow into 0 · inf.
    @Override
    public INDArray apply(INDArray z) {
        INDArray positive = Transforms.step(z, true);
        INDArray negative = Transforms.exp(Transforms.min(z, 0.0, true), false).subi(1.0).muli(alpha).muli(positive.rsub(1.0));
        return z.mul(positive).addi(negative);
    }

    @Override
    public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
        INDArray positive = Transforms.step(z, true);
        INDArray derivative = Transforms.exp(Transforms.min(z, 0.0, true), false).muli(alpha).muli(positive.rsub(1.0)).addi(positive);
        return gradient.mul(derivative);
    }
}
