package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ActivationFunctions;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * LSTM (batch, time, features) with Keras's weights: kernel (in, 4u), recurrent_kernel (u, 4u), bias (4u), gates
 * in the order i, f, c, o. Unrolled over time in Java with one matrix product per step; backward is
 * back-propagation through time. Supports return_sequences, return_state and go_backwards.
 */
final class LstmKernel implements LayerKernel {
    private final INDArray kernel;
    private final INDArray recurrentKernel;
    private final INDArray bias;
    private final int units;
    private final ActivationFunction activation;
    private final ActivationFunction recurrentActivation;
    private final boolean returnSequences;
    private final boolean returnState;
    private final boolean goBackwards;

    LstmKernel(LSTM layer) {
        List<INDArray> weights = layer.getWeights();
        this.kernel = weights.get(0);
        this.recurrentKernel = weights.get(1);
        this.bias = layer.useBias() ? weights.get(2) : null;
        this.units = layer.units();
        this.activation = ActivationFunctions.byName(layer.activation());
        this.recurrentActivation = ActivationFunctions.byName(layer.recurrentActivation());
        this.returnSequences = layer.returnSequences();
        this.returnState = layer.returnState();
        this.goBackwards = layer.goBackwards();
    }

    /** One time step's values, kept for backward. */
    private record Step(INDArray[] z, INDArray[] gates, INDArray cPrev, INDArray c, INDArray tanhC, INDArray hPrev) {
    }

    private record Saved(INDArray rows, List<Step> steps, long[] inputShape) {
    }

    private static INDArray time(INDArray x, long t) {
        return x.get(NDArrayIndex.all(), NDArrayIndex.point(t), NDArrayIndex.all());
    }

    private INDArray block(INDArray z, int gate) {
        return z.get(NDArrayIndex.all(), NDArrayIndex.interval((long) gate * units, (long) (gate + 1) * units));
    }

    @Override
    public Forward forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        long batch = x.size(0);
        long steps = x.size(1);
        INDArray rows = x.dup('c').reshape('c', batch * steps, x.size(2));
        INDArray projected = Nd4j.gemm(rows, kernel, false, false);
        if (bias != null) {
            projected.addiRowVector(bias);
        }
        projected = projected.reshape('c', batch, steps, 4L * units);
        INDArray h = Nd4j.zeros(x.dataType(), batch, units);
        INDArray c = Nd4j.zeros(x.dataType(), batch, units);
        INDArray sequence = returnSequences ? Nd4j.zeros(x.dataType(), batch, steps, units) : null;
        List<Step> saved = new ArrayList<>();
        for (long s = 0; s < steps; s++) {
            long t = goBackwards ? steps - 1 - s : s;
            INDArray z = time(projected, t).add(Nd4j.gemm(h, recurrentKernel, false, false));
            INDArray[] zs = new INDArray[4];
            INDArray[] gates = new INDArray[4];
            for (int g = 0; g < 4; g++) {
                zs[g] = block(z, g).dup();
                gates[g] = (g == 2 ? activation : recurrentActivation).apply(zs[g]);
            }
            INDArray cPrev = c;
            c = gates[1].mul(cPrev).addi(gates[0].mul(gates[2]));
            INDArray tanhC = activation.apply(c);
            INDArray hPrev = h;
            h = gates[3].mul(tanhC);
            saved.add(new Step(zs, gates, cPrev, c, tanhC, hPrev));
            if (sequence != null) {
                time(sequence, s).assign(h);
            }
        }
        List<INDArray> outputs = new ArrayList<>();
        outputs.add(returnSequences ? sequence : h);
        if (returnState) {
            outputs.add(h);
            outputs.add(c);
        }
        return new Forward(outputs, new Saved(rows, saved, x.shape()));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved saved = (Saved) forward.saved();
        long batch = saved.inputShape()[0];
        long steps = saved.inputShape()[1];
        INDArray dh = Nd4j.zeros(kernel.dataType(), batch, units);
        INDArray dc = Nd4j.zeros(kernel.dataType(), batch, units);
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
        INDArray dProjected = Nd4j.zeros(kernel.dataType(), batch, steps, 4L * units);
        INDArray dRecurrent = Nd4j.zeros(kernel.dataType(), recurrentKernel.shape());
        for (long s = steps - 1; s >= 0; s--) {
            Step step = saved.steps().get((int) s);
            if (returnSequences && outGrad != null) {
                dh.addi(time(outGrad, s));
            }
            INDArray[] g = step.gates();
            INDArray dcTotal = dc.add(activation.backward(step.c(), step.tanhC(), dh.mul(g[3])));
            INDArray[] dz = new INDArray[4];
            dz[0] = recurrentActivation.backward(step.z()[0], g[0], dcTotal.mul(g[2]));
            dz[1] = recurrentActivation.backward(step.z()[1], g[1], dcTotal.mul(step.cPrev()));
            dz[2] = activation.backward(step.z()[2], g[2], dcTotal.mul(g[0]));
            dz[3] = recurrentActivation.backward(step.z()[3], g[3], dh.mul(step.tanhC()));
            INDArray dzAll = Nd4j.hstack(dz);
            long t = goBackwards ? steps - 1 - s : s;
            time(dProjected, t).assign(dzAll);
            dRecurrent.addi(Nd4j.gemm(step.hPrev(), dzAll, true, false));
            dh = Nd4j.gemm(dzAll, recurrentKernel, false, true);
            dc = dcTotal.mul(g[1]);
        }
        INDArray dRows = dProjected.reshape('c', batch * steps, 4L * units);
        if (weightGradients != null) {
            weightGradients.add(0, Nd4j.gemm(saved.rows(), dRows, true, false));
            weightGradients.add(1, dRecurrent);
            if (bias != null) {
                weightGradients.add(2, dRows.sum(0));
            }
        }
        if (!inputGradientsNeeded) {
            return java.util.Collections.singletonList(null);
        }
        INDArray dx = Nd4j.gemm(dRows, kernel, false, true).reshape('c', saved.inputShape());
        return java.util.Collections.singletonList(dx);
    }
}

