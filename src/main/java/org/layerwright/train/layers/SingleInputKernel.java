package org.layerwright.train.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A kernel for a layer with one input and one output, which is most layers. */
public abstract class SingleInputKernel implements LayerKernel {
    /** Runs the layer on one input. */
    protected abstract Forward forward(INDArray input, boolean training);

    /** d loss / d input from d loss / d output (null when {@code inputGradientNeeded} is false). */
    protected abstract INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded);

    @Override
    public final Forward forward(List<INDArray> inputs, boolean training) {
        return forward(inputs.get(0), training);
    }

    @Override
    public final List<INDArray> backward(Forward forward, List<INDArray> outputGradients,
            WeightGradients weightGradients, boolean inputGradientsNeeded) {
        return java.util.Collections.singletonList(backward(forward, outputGradients.get(0), weightGradients,
                inputGradientsNeeded));
    }
}
