package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** SimpleRNN's step: {@code h = activation(x · kernel + bias + h_prev · recurrent_kernel)}. */
final class SimpleRnnCell implements RecurrentCell {
    private final INDArray recurrentKernel;
    private final ActivationFunction activation;

    SimpleRnnCell(INDArray recurrentKernel, ActivationFunction activation) {
        this.recurrentKernel = recurrentKernel;
        this.activation = activation;
    }

    private record Saved(INDArray z, INDArray h, INDArray recurrentInput) {
    }

    @Override
    public int stateCount() {
        return 1;
    }

    @Override
    public long units() {
        return recurrentKernel.size(0);
    }

    @Override
    public long projectedWidth() {
        return recurrentKernel.size(1);
    }

    @Override
    public Step forward(INDArray projected, INDArray recurrentInput, INDArray[] states) {
        INDArray z = projected.add(Nd4j.gemm(recurrentInput, recurrentKernel, false, false));
        INDArray h = activation.apply(z);
        return new Step(new INDArray[] {h}, new Saved(z, h, recurrentInput));
    }

    @Override
    public StepGradients backward(Step step, INDArray[] stateGradients, RecurrentGradients gradients) {
        Saved s = (Saved) step.saved();
        INDArray dz = activation.backward(s.z(), s.h(), stateGradients[0]);
        gradients.addKernel(Nd4j.gemm(s.recurrentInput(), dz, true, false));
        INDArray dRecurrent = Nd4j.gemm(dz, recurrentKernel, false, true);
        return new StepGradients(dz, dRecurrent, new INDArray[] {null});
    }
}
