package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Bidirectional: runs the forward and the backward direction on the same input, puts the backward sequence back in
 * time order, and merges the two outputs ({@code concat}, {@code sum}, {@code ave}, {@code mul}, or both as two
 * outputs when {@code merge_mode} is None); with {@code return_state} the forward then the backward states follow.
 */
final class BidirectionalKernel implements MaskAwareKernel {
    private final RecurrentKernel forwardDirection;
    private final RecurrentKernel backwardDirection;
    private final String mergeMode;
    private final boolean returnSequences;
    private final int stateCount;

    BidirectionalKernel(RecurrentKernel forwardDirection, RecurrentKernel backwardDirection, String mergeMode,
            boolean returnSequences, int stateCount) {
        this.forwardDirection = forwardDirection;
        this.backwardDirection = backwardDirection;
        this.mergeMode = mergeMode;
        this.returnSequences = returnSequences;
        this.stateCount = stateCount;
    }

    private record Saved(Forward forward, Forward backward) {
    }

    /** Reverses the time axis (1) of a sequence, or returns a last output unchanged. */
    private INDArray inTimeOrder(INDArray y) {
        if (!returnSequences || y == null) {
            return y;
        }
        long steps = y.size(1);
        INDArray reversed = Nd4j.createUninitialized(y.dataType(), y.shape());
        for (long t = 0; t < steps; t++) {
            INDArrayIndex[] to = {NDArrayIndex.all(), NDArrayIndex.point(t), NDArrayIndex.all()};
            reversed.get(to).assign(y.get(NDArrayIndex.all(), NDArrayIndex.point(steps - 1 - t), NDArrayIndex.all()));
        }
        return reversed;
    }

    @Override
    public Forward forward(List<INDArray> inputs, List<INDArray> masks, boolean training) {
        Forward f = forwardDirection.forward(inputs, masks, training);
        Forward b = backwardDirection.forward(inputs, masks, training);
        INDArray yf = f.outputs().get(0);
        INDArray yb = inTimeOrder(b.outputs().get(0));
        List<INDArray> outputs = new ArrayList<>();
        if (mergeMode == null) {
            outputs.add(yf);
            outputs.add(yb);
        } else {
            outputs.add(switch (mergeMode) {
                case "concat" -> Nd4j.concat(yf.rank() - 1, yf, yb);
                case "sum" -> yf.add(yb);
                case "ave" -> yf.add(yb).muli(0.5);
                case "mul" -> yf.mul(yb);
                default -> throw new IllegalStateException("merge_mode " + mergeMode);
            });
        }
        outputs.addAll(f.outputs().subList(1, f.outputs().size()));
        outputs.addAll(b.outputs().subList(1, b.outputs().size()));
        return new Forward(outputs, new Saved(f, b));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved saved = (Saved) forward.saved();
        int merged = mergeMode == null ? 2 : 1;
        INDArray dForward;
        INDArray dBackward;
        INDArray g = outputGradients.get(0);
        if (mergeMode == null) {
            dForward = g;
            dBackward = outputGradients.get(1);
        } else if (g == null) {
            dForward = null;
            dBackward = null;
        } else {
            INDArray yf = saved.forward().outputs().get(0);
            INDArray yb = inTimeOrder(saved.backward().outputs().get(0));
            switch (mergeMode) {
                case "concat" -> {
                    long width = yf.size(yf.rank() - 1);
                    dForward = lastAxis(g, 0, width);
                    dBackward = lastAxis(g, width, 2 * width);
                }
                case "sum" -> {
                    dForward = g;
                    dBackward = g;
                }
                case "ave" -> {
                    dForward = g.mul(0.5);
                    dBackward = dForward;
                }
                case "mul" -> {
                    dForward = g.mul(yb);
                    dBackward = g.mul(yf);
                }
                default -> throw new IllegalStateException("merge_mode " + mergeMode);
            }
        }
        List<INDArray> forwardGrads = new ArrayList<>();
        List<INDArray> backwardGrads = new ArrayList<>();
        forwardGrads.add(dForward);
        backwardGrads.add(inTimeOrder(dBackward));
        for (int i = 0; i < stateCount; i++) {
            if (outputGradients.size() > merged) {
                forwardGrads.add(outputGradients.get(merged + i));
                backwardGrads.add(outputGradients.get(merged + stateCount + i));
            }
        }
        List<INDArray> dxForward = forwardDirection.backward(saved.forward(), forwardGrads, weightGradients,
                inputGradientsNeeded);
        List<INDArray> dxBackward = backwardDirection.backward(saved.backward(), backwardGrads, weightGradients,
                inputGradientsNeeded);
        List<INDArray> result = MaskAwareKernel.noMasks(1);
        if (inputGradientsNeeded) {
            result.set(0, dxForward.get(0).add(dxBackward.get(0)));
        }
        return result;
    }

    private static INDArray lastAxis(INDArray g, long from, long to) {
        INDArrayIndex[] index = new INDArrayIndex[g.rank()];
        for (int i = 0; i < index.length - 1; i++) {
            index[i] = NDArrayIndex.all();
        }
        index[index.length - 1] = NDArrayIndex.interval(from, to);
        return g.get(index).dup();
    }

    @Override
    public List<INDArray> outputMasks(List<INDArray> inputs, List<INDArray> masks) {
        int merged = mergeMode == null ? 2 : 1;
        List<INDArray> out = MaskAwareKernel.noMasks(outputCount());
        for (int i = 0; i < merged && returnSequences; i++) {
            out.set(i, masks.get(0));
        }
        return out;
    }

    private int outputCount() {
        int merged = mergeMode == null ? 2 : 1;
        return merged + (forwardDirection.returnsState() ? 2 * stateCount : 0);
    }

    @Override
    public boolean[] masksOutputs(boolean[] inputsMasked) {
        int merged = mergeMode == null ? 2 : 1;
        boolean[] out = new boolean[outputCount()];
        for (int i = 0; i < merged; i++) {
            out[i] = returnSequences && inputsMasked[0];
        }
        return out;
    }
}
