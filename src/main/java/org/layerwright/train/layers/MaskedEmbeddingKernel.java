package org.layerwright.train.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/** Embedding with {@code mask_zero=True}: the lookup of {@link EmbeddingKernel}, and a mask that is 0 at token id 0. */
final class MaskedEmbeddingKernel implements MaskAwareKernel {
    private final EmbeddingKernel lookup;

    MaskedEmbeddingKernel(EmbeddingKernel lookup) {
        this.lookup = lookup;
    }

    @Override
    public Forward forward(List<INDArray> inputs, List<INDArray> masks, boolean training) {
        return lookup.forward(inputs, training);
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        return lookup.backward(forward, outputGradients, weightGradients, inputGradientsNeeded);
    }

    @Override
    public List<INDArray> outputMasks(List<INDArray> inputs, List<INDArray> masks) {
        INDArray ids = inputs.get(0);
        INDArray mask = ids.castTo(DataType.DOUBLE).dup();
        BooleanIndexing.replaceWhere(mask, 1.0, Conditions.notEquals(0.0));
        List<INDArray> out = MaskAwareKernel.noMasks(1);
        out.set(0, mask);
        return out;
    }

    @Override
    public boolean[] masksOutputs(boolean[] inputsMasked) {
        return new boolean[] {true};
    }
}
