package org.layerwright.train.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The forward and backward computation of one layer on {@link INDArray}s, with the layer's weights in Keras's
 * layouts. A kernel belongs to one layer; every call of the layer (one node of the graph) gets its own
 * {@link Forward} record, so a shared layer works too.
 */
public interface LayerKernel {
    /**
     * Runs the layer.
     *
     * @param inputs the input tensors of this call (batch first)
     * @param training true while fitting: Dropout drops, BatchNormalization uses batch statistics
     * @return the outputs and whatever {@link #backward} needs
     */
    Forward forward(List<INDArray> inputs, boolean training);

    /**
     * Propagates the gradient of the loss back through this call.
     *
     * @param forward the record {@link #forward} returned for this call
     * @param outputGradients d loss / d output, one per output (an entry is null when that output is unused)
     * @param weightGradients where to add d loss / d weight, aligned with the layer's {@code getWeights()}; null when
     *        the layer's weights are frozen, so they need not be computed
     * @param inputGradientsNeeded false when no input of this call depends on a trainable weight, so the kernel may
     *        skip computing d loss / d input and return nulls
     * @return d loss / d input, one per input (null entries allowed)
     */
    List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded);

    /** The outputs of one call and the values saved for its backward pass. */
    record Forward(List<INDArray> outputs, Object saved) {
        /** A single-output call. */
        public static Forward of(INDArray output, Object saved) {
            return new Forward(List.of(output), saved);
        }

        /** The first (usually only) output. */
        public INDArray output() {
            return outputs.get(0);
        }
    }
}
