package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * ActivityRegularization: passes its input through and adds {@code (l1·Σ|x| + l2·Σx²) / batch} to the loss, as
 * tf.keras adds an activity penalty (divided by the batch size). Its gradient {@code (l1·sign(x) + 2·l2·x) / batch}
 * is added to the input gradient.
 */
final class ActivityRegularizationKernel extends SingleInputKernel {
    private final double l1;
    private final double l2;

    ActivityRegularizationKernel(double l1, double l2) {
        this.l1 = l1;
        this.l2 = l2;
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        double batch = input.size(0);
        double penalty = 0.0;
        if (l1 != 0.0) {
            penalty += l1 * Transforms.abs(input, true).sumNumber().doubleValue();
        }
        if (l2 != 0.0) {
            penalty += l2 * input.mul(input).sumNumber().doubleValue();
        }
        return Forward.of(input, penalty / batch);
    }

    @Override
    public double addedLoss(Forward forward) {
        return (Double) forward.saved();
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        INDArray input = forward.output();
        double batch = input.size(0);
        INDArray penalty = Transforms.sign(input, true).muli(l1 / batch).addi(input.mul(2.0 * l2 / batch));
        return outputGradient.add(penalty);
    }
}
