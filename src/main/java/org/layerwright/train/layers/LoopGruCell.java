package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ScalarActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link GruCell}'s step for {@code reset_after=True} (tf.keras 2's default) with the gate arithmetic in one Java
 * loop, as {@link LoopLstmCell} does for LSTM: the same values for one native matrix product forward and two
 * backward. Used when both activations have a {@link ScalarActivation} form and the weights are float32.
 */
final class LoopGruCell implements RecurrentCell {
    private final INDArray recurrentKernel;
    private final float[] recurrentBias;
    private final boolean hasRecurrentBias;
    private final int units;
    private final ScalarActivation activation;
    private final ScalarActivation recurrentActivation;

    private LoopGruCell(INDArray recurrentKernel, INDArray recurrentBias, ScalarActivation activation,
            ScalarActivation recurrentActivation) {
        this.recurrentKernel = recurrentKernel;
        this.units = (int) recurrentKernel.size(0);
        this.hasRecurrentBias = recurrentBias != null;
        this.recurrentBias = recurrentBias == null ? new float[3 * units]
                : FloatRows.of(recurrentBias.reshape(1, 3L * units));
        this.activation = activation;
        this.recurrentActivation = recurrentActivation;
    }

    /** The loop cell when reset_after, the activations and the weights allow it, else the general {@link GruCell}. */
    static RecurrentCell of(INDArray recurrentKernel, INDArray recurrentBias, boolean resetAfter,
            ActivationFunction activation, ActivationFunction recurrentActivation) {
        if (resetAfter && recurrentKernel.dataType() == DataType.FLOAT && activation.scalar() != null
                && recurrentActivation.scalar() != null) {
            return new LoopGruCell(recurrentKernel, recurrentBias, activation.scalar(), recurrentActivation.scalar());
        }
        return new GruCell(recurrentKernel, recurrentBias, resetAfter, activation, recurrentActivation);
    }

    /**
     * Per row of the batch, in blocks z, r, h (3 × units): the pre-activations, the gates with the candidate, and the
     * recurrent product's candidate block {@code h_prev · U_h + b_h}; and h_prev.
     */
    private record Saved(float[] pre, float[] gates, float[] innerH, float[] hPrev, INDArray recurrentInput) {
    }

    @Override
    public int stateCount() {
        return 1;
    }

    @Override
    public long units() {
        return units;
    }

    @Override
    public long projectedWidth() {
        return 3L * units;
    }

    @Override
    public Step forward(INDArray projected, INDArray recurrentInput, INDArray[] states) {
        int batch = (int) recurrentInput.size(0);
        int width = 3 * units;
        float[] inner = FloatRows.of(Nd4j.gemm(recurrentInput, recurrentKernel, false, false));
        float[] x = FloatRows.of(projected);
        float[] hPrev = FloatRows.of(states[0]);
        float[] pre = new float[batch * width];
        float[] gates = new float[batch * width];
        float[] innerH = new float[batch * units];
        float[] h = new float[batch * units];
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            for (int j = 0; j < units; j++) {
                int zi = row + j;
                int ri = zi + units;
                int hi = ri + units;
                int k = b * units + j;
                pre[zi] = x[zi] + inner[zi] + recurrentBias[j];
                pre[ri] = x[ri] + inner[ri] + recurrentBias[units + j];
                gates[zi] = recurrentActivation.apply(pre[zi]);
                gates[ri] = recurrentActivation.apply(pre[ri]);
                innerH[k] = inner[hi] + recurrentBias[2 * units + j];
                pre[hi] = x[hi] + gates[ri] * innerH[k];
                gates[hi] = activation.apply(pre[hi]);
                h[k] = gates[hi] + gates[zi] * (hPrev[k] - gates[hi]);
            }
        }
        return new Step(new INDArray[] {FloatRows.matrix(h, batch, units)},
                new Saved(pre, gates, innerH, hPrev, recurrentInput));
    }

    @Override
    public StepGradients backward(Step step, INDArray[] stateGradients, RecurrentGradients gradients) {
        Saved s = (Saved) step.saved();
        int batch = s.hPrev().length / units;
        int width = 3 * units;
        float[] dh = FloatRows.of(stateGradients[0]);
        float[] pre = s.pre();
        float[] g = s.gates();
        float[] dProjected = new float[batch * width];
        float[] dInner = new float[batch * width];
        float[] dBias = new float[width];
        float[] dhPrevDirect = new float[batch * units];
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            for (int j = 0; j < units; j++) {
                int zi = row + j;
                int ri = zi + units;
                int hi = ri + units;
                int k = b * units + j;
                float z = g[zi];
                dhPrevDirect[k] = dh[k] * z;
                float dz = recurrentActivation.derivative(pre[zi], z) * dh[k] * (s.hPrev()[k] - g[hi]);
                float dhh = activation.derivative(pre[hi], g[hi]) * dh[k] * (1f - z);
                float dr = recurrentActivation.derivative(pre[ri], g[ri]) * dhh * s.innerH()[k];
                dProjected[zi] = dz;
                dProjected[ri] = dr;
                dProjected[hi] = dhh;
                dInner[zi] = dz;
                dInner[ri] = dr;
                dInner[hi] = dhh * g[ri];
                dBias[j] += dz;
                dBias[units + j] += dr;
                dBias[2 * units + j] += dInner[hi];
            }
        }
        INDArray dInnerMatrix = FloatRows.matrix(dInner, batch, width);
        gradients.addKernelProduct(s.recurrentInput(), dInnerMatrix);
        if (hasRecurrentBias) {
            gradients.addBias(Nd4j.create(dBias, new long[] {width}, 'c'));
        }
        INDArray dRecurrent = Nd4j.gemm(dInnerMatrix, recurrentKernel, false, true);
        return new StepGradients(FloatRows.matrix(dProjected, batch, width), dRecurrent,
                new INDArray[] {FloatRows.matrix(dhPrevDirect, batch, units)});
    }
}
