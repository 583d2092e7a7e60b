package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The ReLU layer's function: {@code max_value} for x ≥ max_value, x for threshold ≤ x &lt; max_value,
 * {@code negative_slope · (x − threshold)} otherwise.
 */
final class ThresholdedRelu implements ActivationFunction {
    private final Double maxValue;
    private final double slope;
    private final double threshold;

    ThresholdedRelu(Double maxValue, double slope, double threshold) {
        this.maxValue = maxValue;
        this.slope = slope;
        this.threshold = threshold;
    }

    private INDArray above(INDArray z) {
        // step(x) is 1 for x > 0; the threshold itself belongs to the linear part, which only matters on a null set.
        return Transforms.step(z.sub(threshold), false);
    }

    @Override
    public INDArray apply(INDArray z) {
        INDArray above = above(z);
        INDArray out = z.mul(above).addi(z.sub(threshold).muli(slope).muli(above.rsub(1.0)));
        return maxValue == null ? out : Transforms.min(out, maxValue, false);
    }

    @Override
    public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
        INDArray above = above(z);
        INDArray derivative = above.add(above.rsub(1.0).muli(slope));
        if (maxValue != null) {
            derivative.muli(Transforms.step(z.rsub(maxValue), false));
        }
        return gradient.mul(derivative);
    }
}
