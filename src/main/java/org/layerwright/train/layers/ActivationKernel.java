package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A layer that only applies an activation: Activation, ReLU, LeakyReLU, Softmax (last axis). */
final class ActivationKernel extends SingleInputKernel {
    private final ActivationFunction activation;

    ActivationKernel(ActivationFunction activation) {
        this.activation = activation;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray out = activation.apply(input);
        return Forward.of(out, activation.backwardUsesOnlyOutput() ? null : input);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        return activation.backward((INDArray) forward.saved(), forward.output(), outputGradient);
    }
}
