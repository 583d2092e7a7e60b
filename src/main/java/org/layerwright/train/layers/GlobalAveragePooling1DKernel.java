package org.layerwright.train.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * GlobalAveragePooling1D (channels last), which Keras lets read a padding mask: with one, the mean runs over the
 * real steps only, {@code sum(x · mask) / sum(mask)}, so {@code Embedding(mask_zero=True)} then this layer averages
 * a text's words without its padding. Like Keras, the output carries no mask; a sample with no real step divides by
 * zero, as it does in Keras.
 */
final class GlobalAveragePooling1DKernel implements MaskAwareKernel {
    private final GlobalPoolingKernel unmasked;
    private final boolean keepDims;

    GlobalAveragePooling1DKernel(boolean keepDims) {
        this.unmasked = new GlobalPoolingKernel(false, keepDims);
        this.keepDims = keepDims;
    }

    /** The mask as (batch, steps, 1) and each sample's count of real steps as (batch, 1). */
    private record Masked(INDArray weights, INDArray counts, long[] inputShape) {
    }

    @Override
    public Forward forward(List<INDArray> inputs, List<INDArray> masks, boolean training) {
        INDArray mask = masks.isEmpty() ? null : masks.get(0);
        if (mask == null) {
            Forward plain = unmasked.forward(inputs, training);
            return new Forward(plain.outputs(), plain);
        }
        INDArray x = inputs.get(0);
        long batch = x.size(0);
        INDArray weights = mask.castTo(x.dataType()).reshape(batch, x.size(1), 1);
        INDArray counts = weights.sum(1);
        INDArray mean = x.mul(weights.broadcast(x.shape())).sum(1).diviColumnVector(counts);
        INDArray out = keepDims ? mean.reshape(batch, 1, x.size(2)) : mean;
        return Forward.of(out, new Masked(weights, counts, x.shape()));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        if (forward.saved() instanceof Forward plain) {
            return unmasked.backward(plain, outputGradients, weightGradients, inputGradientsNeeded);
        }
        List<INDArray> out = MaskAwareKernel.noMasks(1);
        if (!inputGradientsNeeded || outputGradients.get(0) == null) {
            return out;
        }
        Masked saved = (Masked) forward.saved();
        long[] shape = saved.inputShape();
        INDArray perStep = outputGradients.get(0).reshape(shape[0], shape[2]).divColumnVector(saved.counts());
        INDArray spread = perStep.reshape(shape[0], 1, shape[2]).broadcast(shape);
        out.set(0, spread.mul(saved.weights().broadcast(shape)));
        return out;
    }

    @Override
    public List<INDArray> outputMasks(List<INDArray> inputs, List<INDArray> masks) {
        return MaskAwareKernel.noMasks(1);
    }

    @Override
    public boolean[] masksOutputs(boolean[] inputsMasked) {
        return new boolean[] {false};
    }
}
