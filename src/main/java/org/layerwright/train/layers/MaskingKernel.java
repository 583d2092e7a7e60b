package org.layerwright.train.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Masking: a step is padding when all its features equal {@code mask_value}; as in Keras, the output is the input
 * with padding steps set to zero, and the mask (batch, steps) marks the real steps.
 */
final class MaskingKernel implements MaskAwareKernel {
    private final double maskValue;

    MaskingKernel(double maskValue) {
        this.maskValue = maskValue;
    }

    /** 1 where any feature differs from mask_value, over the last axis. */
    private INDArray mask(INDArray x) {
        INDArray largest = Transforms.abs(x.sub(maskValue), false).max(x.rank() - 1);
        BooleanIndexing.replaceWhere(largest, 1.0, Conditions.greaterThan(0.0));
        return largest;
    }

    private static INDArray expand(INDArray mask, INDArray like) {
        long[] shape = mask.shape();
        long[] withAxis = java.util.Arrays.copyOf(shape, shape.length + 1);
        withAxis[shape.length] = 1;
        return mask.reshape(withAxis).broadcast(like.shape());
    }

    @Override
    public Forward forward(List<INDArray> inputs, List<INDArray> masks, boolean training) {
        INDArray x = inputs.get(0);
        INDArray keep = expand(mask(x), x);
        return Forward.of(x.mul(keep), keep);
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        List<INDArray> out = MaskAwareKernel.noMasks(1);
        if (inputGradientsNeeded) {
            out.set(0, outputGradients.get(0).mul((INDArray) forward.saved()));
        }
        return out;
    }

    @Override
    public List<INDArray> outputMasks(List<INDArray> inputs, List<INDArray> masks) {
        List<INDArray> out = MaskAwareKernel.noMasks(1);
        out.set(0, mask(inputs.get(0)));
        return out;
    }

    @Override
    public boolean[] masksOutputs(boolean[] inputsMasked) {
        return new boolean[] {true};
    }
}
