package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dropout: in training, zeroes each value with probability {@code rate} and scales the rest by 1 / (1 − rate)
 * (inverted dropout, as Keras); at inference it passes its input through.
 */
final class DropoutKernel extends SingleInputKernel {
    private final double rate;

    DropoutKernel(double rate) {
        this.rate = rate;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        if (!training || rate <= 0.0) {
            return Forward.of(input, null);
        }
        INDArray mask = Nd4j.createUninitialized(input.dataType(), input.shape());
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1.0 - rate));
        mask.muli(1.0 / (1.0 - rate));
        return Forward.of(input.mul(mask), mask);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        INDArray mask = (INDArray) forward.saved();
        return mask == null ? outputGradient : outputGradient.mul(mask);
    }
}
