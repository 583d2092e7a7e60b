package org.layerwright.train.optimizers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's SGD (default learning rate 0.01): {@code v = momentum·v − lr·g; w += v}, or with Nesterov
 * {@code w += momentum·v − lr·g}; without momentum, {@code w −= lr·g}.
 */
public final class Sgd extends Optimizer {
    private final double momentum;
    private final boolean nesterov;

    public Sgd(double learningRate, double momentum, boolean nesterov) {
        super(learningRate);
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    @Override
    public String name() {
        return "SGD";
    }

    @Override
    protected int stateCount() {
        return momentum == 0.0 ? 0 : 1;
    }

    @Override
    protected void update(INDArray weight, INDArray gradient, INDArray[] state) {
        double lr = learningRate();
        if (momentum == 0.0) {
            weight.subi(gradient.muli(lr));
            return;
        }
        INDArray velocity = state[0];
        velocity.muli(momentum).subi(gradient.mul(lr));
        if (nesterov) {
            weight.addi(velocity.mul(momentum).subi(gradient.muli(lr)));
        } else {
            weight.addi(velocity);
        }
    }
}
