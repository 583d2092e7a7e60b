package org.layerwright.train.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * TimeDistributed: folds the time axis into the batch ({@code (batch, steps, ...)} to {@code (batch·steps, ...)}),
 * runs the wrapped layer's kernel once on all steps, and unfolds its output. The wrapped layer's weights are the
 * wrapper's, so every step shares them and their gradients sum over the steps. A padding mask passes through.
 */
final class TimeDistributedKernel implements MaskAwareKernel {
    private final LayerKernel inner;

    TimeDistributedKernel(LayerKernel inner) {
        this.inner = inner;
    }

    private record Saved(Forward inner, long[] inputShape, long[] outputShape) {
    }

    private static long[] folded(long[] shape) {
        long[] out = new long[shape.length - 1];
        out[0] = shape[0] * shape[1];
        System.arraycopy(shape, 2, out, 1, shape.length - 2);
        return out;
    }

    private static long[] unfolded(long[] foldedShape, long batch, long steps) {
        long[] out = new long[foldedShape.length + 1];
        out[0] = batch;
        out[1] = steps;
        System.arraycopy(foldedShape, 1, out, 2, foldedShape.length - 1);
        return out;
    }

    @Override
    public Forward forward(List<INDArray> inputs, List<INDArray> masks, boolean training) {
        INDArray x = inputs.get(0);
        long batch = x.size(0);
        long steps = x.size(1);
        Forward result = inner.forward(List.of(x.dup('c').reshape('c', folded(x.shape()))), training);
        INDArray y = result.output();
        long[] outShape = unfolded(y.shape(), batch, steps);
        return Forward.of(y.dup('c').reshape('c', outShape), new Saved(result, x.shape(), outShape));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved saved = (Saved) forward.saved();
        INDArray g = outputGradients.get(0).dup('c').reshape('c', folded(saved.outputShape()));
        List<INDArray> dx = inner.backward(saved.inner(), List.of(g), weightGradients, inputGradientsNeeded);
        List<INDArray> out = MaskAwareKernel.noMasks(1);
        if (inputGradientsNeeded && dx.get(0) != null) {
            out.set(0, dx.get(0).dup('c').reshape('c', saved.inputShape()));
        }
        return out;
    }

    @Override
    public List<INDArray> outputMasks(List<INDArray> inputs, List<INDArray> masks) {
        return masks.subList(0, 1);
    }

    @Override
    public boolean[] masksOutputs(boolean[] inputsMasked) {
        return new boolean[] {inputsMasked[0]};
    }
}
