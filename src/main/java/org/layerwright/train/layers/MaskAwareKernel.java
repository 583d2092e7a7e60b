package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A kernel that makes or reads Keras's padding masks: a (batch, steps) array of 1 (real step) and 0 (padding), as
 * {@code Embedding(mask_zero=True)} and {@code Masking} make and recurrent layers read. The executor hands every
 * call the masks of its inputs and asks which of its outputs carry one.
 */
public interface MaskAwareKernel extends LayerKernel {
    /**
     * Runs the layer.
     *
     * @param masks one per input, null where the input carries no mask
     */
    Forward forward(List<INDArray> inputs, List<INDArray> masks, boolean training);

    /** The masks of this call's outputs (null entries for outputs without one), as Keras's compute_mask. */
    List<INDArray> outputMasks(List<INDArray> inputs, List<INDArray> masks);

    /**
     * Which outputs carry a mask when the inputs marked true do, known before any data flows (so a model whose
     * masks would reach a layer that cannot take them is refused when training is set up).
     */
    boolean[] masksOutputs(boolean[] inputsMasked);

    @Override
    default Forward forward(List<INDArray> inputs, boolean training) {
        return forward(inputs, Collections.nCopies(inputs.size(), null), training);
    }

    /** A list of {@code count} nulls that can be changed (List.of does not take nulls). */
    static List<INDArray> noMasks(int count) {
        return new ArrayList<>(Collections.nCopies(count, null));
    }
}
