package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * LSTM's step, gates in Keras's order i, f, c, o: {@code c = f·c_prev + i·activation(z_c)},
 * {@code h = o·activation(c)}, where {@code z = x · kernel + bias + h_prev · recurrent_kernel}.
 */
final class LstmCell implements RecurrentCell {
    private final INDArray recurrentKernel;
    private final long units;
    private final ActivationFunction activation;
    private final ActivationFunction recurrentActivation;

    LstmCell(INDArray recurrentKernel, ActivationFunction activation, ActivationFunction recurrentActivation) {
        this.recurrentKernel = recurrentKernel;
        this.units = recurrentKernel.size(0);
        this.activation = activation;
        this.recurrentActivation = recurrentActivation;
    }

    private record Saved(INDArray[] z, INDArray[] gates, INDArray cPrev, INDArray c, INDArray activatedC,
            INDArray recurrentInput) {
    }

    @Override
    public int stateCount() {
        return 2;
    }

    @Override
    public long units() {
        return units;
    }

    @Override
    public long projectedWidth() {
        return 4 * units;
    }

    private INDArray block(INDArray z, int gate) {
        return z.get(NDArrayIndex.all(), NDArrayIndex.interval(gate * units, (gate + 1) * units));
    }

    @Override
    public Step forward(INDArray projected, INDArray recurrentInput, INDArray[] states) {
        INDArray z = projected.add(Nd4j.gemm(recurrentInput, recurrentKernel, false, false));
        INDArray[] zs = new INDArray[4];
        INDArray[] gates = new INDArray[4];
        for (int g = 0; g < 4; g++) {
            zs[g] = block(z, g).dup();
            gates[g] = (g == 2 ? activation : recurrentActivation).apply(zs[g]);
        }
        INDArray cPrev = states[1];
        INDArray c = gates[1].mul(cPrev).addi(gates[0].mul(gates[2]));
        INDArray activatedC = activation.apply(c);
        INDArray h = gates[3].mul(activatedC);
        return new Step(new INDArray[] {h, c}, new Saved(zs, gates, cPrev, c, activatedC, recurrentInput));
    }

    @Override
    public StepGradients backward(Step step, INDArray[] stateGradients, RecurrentGradients gradients) {
        Saved s = (Saved) step.saved();
        INDArray dh = stateGradients[0];
        INDArray[] g = s.gates();
        INDArray dc = stateGradients[1].add(activation.backward(s.c(), s.activatedC(), dh.mul(g[3])));
        INDArray[] dz = new INDArray[4];
        dz[0] = recurrentActivation.backward(s.z()[0], g[0], dc.mul(g[2]));
        dz[1] = recurrentActivation.backward(s.z()[1], g[1], dc.mul(s.cPrev()));
        dz[2] = activation.backward(s.z()[2], g[2], dc.mul(g[0]));
        dz[3] = recurrentActivation.backward(s.z()[3], g[3], dh.mul(s.activatedC()));
        INDArray dzAll = Nd4j.hstack(dz);
        gradients.addKernel(Nd4j.gemm(s.recurrentInput(), dzAll, true, false));
        INDArray dRecurrent = Nd4j.gemm(dzAll, recurrentKernel, false, true);
        return new StepGradients(dzAll, dRecurrent, new INDArray[] {null, dc.mul(g[1])});
    }
}
