package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ScalarActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link LstmCell}'s step with the gate arithmetic in one Java loop: the same values, but a step costs one
 * native matrix product forward and two backward instead of some thirty native calls, whose fixed overhead
 * dominates at a text model's size (batch 32, 32 units, 200 steps). Used when both activations have a
 * {@link ScalarActivation} form and the weights are float32.
 */
final class LoopLstmCell implements RecurrentCell {
    private final INDArray recurrentKernel;
    private final int units;
    private final ScalarActivation activation;
    private final ScalarActivation recurrentActivation;

    private LoopLstmCell(INDArray recurrentKernel, ScalarActivation activation,
            ScalarActivation recurrentActivation) {
        this.recurrentKernel = recurrentKernel;
        this.units = (int) recurrentKernel.size(0);
        this.activation = activation;
        this.recurrentActivation = recurrentActivation;
    }

    /** The loop cell when these activations and weights allow it, else the general {@link LstmCell}. */
    static RecurrentCell of(INDArray recurrentKernel, ActivationFunction activation,
            ActivationFunction recurrentActivation) {
        if (recurrentKernel.dataType() == DataType.FLOAT && activation.scalar() != null
                && recurrentActivation.scalar() != null) {
            return new LoopLstmCell(recurrentKernel, activation.scalar(), recurrentActivation.scalar());
        }
        return new LstmCell(recurrentKernel, activation, recurrentActivation);
    }

    /** Per row of the batch: z and the gates in blocks i, f, c, o (4 × units), and c_prev, c, activation(c). */
    private record Saved(float[] z, float[] gates, float[] cPrev, float[] c, float[] activatedC,
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
        return 4L * units;
    }

    @Override
    public Step forward(INDArray projected, INDArray recurrentInput, INDArray[] states) {
        int batch = (int) recurrentInput.size(0);
        int width = 4 * units;
        float[] z = FloatRows.of(Nd4j.gemm(recurrentInput, recurrentKernel, false, false));
        FloatRows.addInto(z, projected);
        float[] cPrev = FloatRows.of(states[1]);
        float[] gates = new float[batch * width];
        float[] c = new float[batch * units];
        float[] activatedC = new float[batch * units];
        float[] h = new float[batch * units];
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            for (int j = 0; j < units; j++) {
                float input = recurrentActivation.apply(z[row + j]);
                float forget = recurrentActivation.apply(z[row + units + j]);
                float candidate = activation.apply(z[row + 2 * units + j]);
                float output = recurrentActivation.apply(z[row + 3 * units + j]);
                gates[row + j] = input;
                gates[row + units + j] = forget;
                gates[row + 2 * units + j] = candidate;
                gates[row + 3 * units + j] = output;
                int k = b * units + j;
                c[k] = forget * cPrev[k] + input * candidate;
                activatedC[k] = activation.apply(c[k]);
                h[k] = output * activatedC[k];
            }
        }
        INDArray[] next = {FloatRows.matrix(h, batch, units), FloatRows.matrix(c, batch, units)};
        return new Step(next, new Saved(z, gates, cPrev, c, activatedC, recurrentInput));
    }

    @Override
    public StepGradients backward(Step step, INDArray[] stateGradients, RecurrentGradients gradients) {
        Saved s = (Saved) step.saved();
        int batch = s.cPrev().length / units;
        int width = 4 * units;
        float[] dh = FloatRows.of(stateGradients[0]);
        float[] dcNext = FloatRows.of(stateGradients[1]);
        float[] z = s.z();
        float[] g = s.gates();
        float[] dz = new float[batch * width];
        float[] dcPrev = new float[batch * units];
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            for (int j = 0; j < units; j++) {
                int k = b * units + j;
                int i = row + j;
                int f = i + units;
                int cand = f + units;
                int o = cand + units;
                float dc = dcNext[k] + activation.derivative(s.c()[k], s.activatedC()[k]) * dh[k] * g[o];
                dz[i] = recurrentActivation.derivative(z[i], g[i]) * dc * g[cand];
                dz[f] = recurrentActivation.derivative(z[f], g[f]) * dc * s.cPrev()[k];
                dz[cand] = activation.derivative(z[cand], g[cand]) * dc * g[i];
                dz[o] = recurrentActivation.derivative(z[o], g[o]) * dh[k] * s.activatedC()[k];
                dcPrev[k] = dc * g[f];
            }
        }
        INDArray dzAll = FloatRows.matrix(dz, batch, width);
        gradients.addKernelProduct(s.recurrentInput(), dzAll);
        INDArray dRecurrent = Nd4j.gemm(dzAll, recurrentKernel, false, true);
        return new StepGradients(dzAll, dRecurrent, new INDArray[] {null, FloatRows.matrix(dcPrev, batch, units)});
    }
}
