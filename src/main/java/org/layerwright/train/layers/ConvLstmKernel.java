package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.train.activations.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * ConvLSTM2D on channels-last frames (batch, time, height, width, channels): LSTM gates i, f, c, o (channel blocks
 * of the kernel's 4·filters outputs) from {@code conv(x_t, kernel) + bias} (the layer's strides, padding and
 * dilation; computed for all frames at once) plus {@code conv(h_prev, recurrent_kernel)} (same padding, stride 1).
 * Backward is back-propagation through time with libnd4j's conv2d_bp.
 */
final class ConvLstmKernel implements LayerKernel {
    private final INDArray kernel;
    private final INDArray recurrentKernel;
    private final INDArray bias;
    private final long filters;
    private final Conv2dOps inputConv;
    private final Conv2dOps recurrentConv;
    private final ActivationFunction activation;
    private final ActivationFunction recurrentActivation;
    private final boolean returnSequences;
    private final boolean returnState;
    private final boolean goBackwards;

    ConvLstmKernel(List<INDArray> weights, boolean useBias, Conv2dOps inputConv, Conv2dOps recurrentConv,
            ActivationFunction activation, ActivationFunction recurrentActivation, boolean returnSequences,
            boolean returnState, boolean goBackwards) {
        this.kernel = weights.get(0);
        this.recurrentKernel = weights.get(1);
        this.bias = useBias ? weights.get(2) : null;
        this.filters = recurrentKernel.size(2);
        this.inputConv = inputConv;
        this.recurrentConv = recurrentConv;
        this.activation = activation;
        this.recurrentActivation = recurrentActivation;
        this.returnSequences = returnSequences;
        this.returnState = returnState;
        this.goBackwards = goBackwards;
    }

    private record Step(INDArray[] z, INDArray[] gates, INDArray hPrev, INDArray cPrev, INDArray c,
            INDArray activatedC) {
    }

    private record Saved(INDArray frames, long[] inputShape, long[] projectedShape, List<Step> steps) {
    }

    private static INDArray frame(INDArray x, long t) {
        return x.get(NDArrayIndex.all(), NDArrayIndex.point(t), NDArrayIndex.all(), NDArrayIndex.all(),
                NDArrayIndex.all());
    }

    private INDArray block(INDArray z, int gate) {
        INDArrayIndex[] index = {NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(),
            NDArrayIndex.interval(gate * filters, (gate + 1) * filters)};
        return z.get(index).dup('c');
    }

    @Override
    public Forward forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        long batch = x.size(0);
        long steps = x.size(1);
        // All frames through the input convolution at once, time folded into the batch.
        INDArray frames = x.dup('c').reshape('c', batch * steps, x.size(2), x.size(3), x.size(4));
        INDArray projectedFrames = inputConv.conv(frames, kernel, bias);
        long[] frameShape = projectedFrames.shape();
        INDArray projected = projectedFrames.reshape('c', batch, steps, frameShape[1], frameShape[2], frameShape[3]);
        long[] stateShape = {batch, frameShape[1], frameShape[2], filters};
        INDArray h = Nd4j.zeros(x.dataType(), stateShape);
        INDArray c = Nd4j.zeros(x.dataType(), stateShape);
        INDArray sequence = returnSequences ? Nd4j.zeros(x.dataType(), batch, steps, stateShape[1], stateShape[2],
                filters) : null;
        List<Step> saved = new ArrayList<>();
        for (long s = 0; s < steps; s++) {
            long t = goBackwards ? steps - 1 - s : s;
            INDArray z = frame(projected, t).add(recurrentConv.conv(h, recurrentKernel, null));
            INDArray[] zs = new INDArray[4];
            INDArray[] gates = new INDArray[4];
            for (int g = 0; g < 4; g++) {
                zs[g] = block(z, g);
                gates[g] = (g == 2 ? activation : recurrentActivation).apply(zs[g]);
            }
            INDArray cPrev = c;
            c = gates[1].mul(cPrev).addi(gates[0].mul(gates[2]));
            INDArray activatedC = activation.apply(c);
            INDArray hPrev = h;
            h = gates[3].mul(activatedC);
            saved.add(new Step(zs, gates, hPrev, cPrev, c, activatedC));
            if (sequence != null) {
                frame(sequence, s).assign(h);
            }
        }
        List<INDArray> outputs = new ArrayList<>();
        outputs.add(returnSequences ? sequence : h);
        if (returnState) {
            outputs.add(h);
            outputs.add(c);
        }
        return new Forward(outputs, new Saved(frames, x.shape(), projected.shape(), saved));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved saved = (Saved) forward.saved();
        long steps = saved.inputShape()[1];
        Step last = saved.steps().get(saved.steps().size() - 1);
        INDArray dh = Nd4j.zerosLike(last.c());
        INDArray dc = Nd4j.zerosLike(last.c());
        INDArray outGrad = outputGradients.get(0);
        if (!returnSequences && outGrad != null) {
            dh.addi(outGrad);
        }
        if (returnState) {
            if (outputGradients.get(1) != null) {
                dh.addi(outputGradients.get(1));
            }
            if (outputGradients.get(2) != null) {
                dc.addi(outputGradients.get(2));
            }
        }
        INDArray dProjected = Nd4j.zeros(kernel.dataType(), saved.projectedShape());
        INDArray dRecurrent = Nd4j.zeros(kernel.dataType(), recurrentKernel.shape());
        for (long s = steps - 1; s >= 0; s--) {
            Step step = saved.steps().get((int) s);
            if (returnSequences && outGrad != null) {
                dh.addi(frame(outGrad, s));
            }
            INDArray[] g = step.gates();
            INDArray dcTotal = dc.add(activation.backward(step.c(), step.activatedC(), dh.mul(g[3])));
            INDArray[] dz = new INDArray[4];
            dz[0] = recurrentActivation.backward(step.z()[0], g[0], dcTotal.mul(g[2]));
            dz[1] = recurrentActivation.backward(step.z()[1], g[1], dcTotal.mul(step.cPrev()));
            dz[2] = activation.backward(step.z()[2], g[2], dcTotal.mul(g[0]));
            dz[3] = recurrentActivation.backward(step.z()[3], g[3], dh.mul(step.activatedC()));
            INDArray dzAll = Nd4j.concat(3, dz);
            long t = goBackwards ? steps - 1 - s : s;
            frame(dProjected, t).assign(dzAll);
            INDArray[] back = recurrentConv.convBackward(step.hPrev(), recurrentKernel, null, dzAll);
            dRecurrent.addi(back[1]);
            dh = back[0];
            dc = dcTotal.mul(g[1]);
        }
        long[] p = saved.projectedShape();
        INDArray dFrames = dProjected.reshape('c', p[0] * p[1], p[2], p[3], p[4]);
        INDArray[] input = inputConv.convBackward(saved.frames(), kernel, bias, dFrames);
        if (weightGradients != null) {
            weightGradients.add(0, input[1]);
            weightGradients.add(1, dRecurrent);
            if (bias != null) {
                weightGradients.add(2, input[2]);
            }
        }
        List<INDArray> result = new ArrayList<>();
        result.add(inputGradientsNeeded ? input[0].reshape('c', saved.inputShape()) : null);
        return result;
    }
}
