package org.layerwright.train.layers;

import org.layerwright.train.activations.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * GRU's step, gate blocks in Keras's order z (update), r (reset), h (candidate); {@code x} below is the projected
 * input {@code x · kernel + input bias}, {@code U} the recurrent kernel.
 * <ul>
 * <li>{@code reset_after=True}: {@code inner = h_prev · U + recurrent bias}, {@code z, r = σ(x + inner)},
 * {@code hh = activation(x_h + r · inner_h)};</li>
 * <li>{@code reset_after=False}: {@code z, r = σ(x + h_prev · U_zr)}, {@code hh = activation(x_h + (r · h_prev) · U_h)}.
 * </li>
 * </ul>
 * Then {@code h = z · h_prev + (1 − z) · hh}.
 */
final class GruCell implements RecurrentCell {
    private final INDArray recurrentKernel;
    private final INDArray recurrentBias;
    private final boolean resetAfter;
    private final long units;
    private final ActivationFunction activation;
    private final ActivationFunction recurrentActivation;

    /** {@code recurrentBias}: row 1 of the (2, 3u) bias with reset_after, else null. */
    GruCell(INDArray recurrentKernel, INDArray recurrentBias, boolean resetAfter, ActivationFunction activation,
            ActivationFunction recurrentActivation) {
        this.recurrentKernel = recurrentKernel;
        this.recurrentBias = recurrentBias;
        this.resetAfter = resetAfter;
        this.units = recurrentKernel.size(0);
        this.activation = activation;
        this.recurrentActivation = recurrentActivation;
    }

    private record Saved(INDArray hPrev, INDArray zPre, INDArray z, INDArray rPre, INDArray r, INDArray hhPre,
            INDArray hh, INDArray innerH, INDArray resetH) {
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
        return 3 * units;
    }

    private INDArray block(INDArray m, int gate) {
        return m.get(NDArrayIndex.all(), NDArrayIndex.interval(gate * units, (gate + 1) * units));
    }

    private INDArray columns(INDArray m, long from, long to) {
        return m.get(NDArrayIndex.all(), NDArrayIndex.interval(from * units, to * units));
    }

    @Override
    public Step forward(INDArray projected, INDArray recurrentInput, INDArray[] states) {
        INDArray hPrev = states[0];
        INDArray inner;
        if (resetAfter) {
            inner = Nd4j.gemm(recurrentInput, recurrentKernel, false, false);
            if (recurrentBias != null) {
                inner.addiRowVector(recurrentBias);
            }
        } else {
            inner = Nd4j.gemm(recurrentInput, columns(recurrentKernel, 0, 2), false, false);
        }
        INDArray zPre = block(projected, 0).add(block(inner, 0));
        INDArray rPre = block(projected, 1).add(block(inner, 1));
        INDArray z = recurrentActivation.apply(zPre);
        INDArray r = recurrentActivation.apply(rPre);
        INDArray innerH = null;
        INDArray resetH = null;
        INDArray recurrentH;
        if (resetAfter) {
            innerH = block(inner, 2).dup();
            recurrentH = r.mul(innerH);
        } else {
            resetH = r.mul(recurrentInput);
            recurrentH = Nd4j.gemm(resetH, columns(recurrentKernel, 2, 3), false, false);
        }
        INDArray hhPre = block(projected, 2).add(recurrentH);
        INDArray hh = activation.apply(hhPre);
        // h = z * h_prev + (1 - z) * hh = hh + z * (h_prev - hh)
        INDArray h = hh.add(z.mul(hPrev.sub(hh)));
        return new Step(new INDArray[] {h}, new Saved(hPrev, zPre, z, rPre, r, hhPre, hh, innerH, resetH));
    }

    @Override
    public StepGradients backward(Step step, INDArray[] stateGradients, RecurrentGradients gradients) {
        Saved s = (Saved) step.saved();
        INDArray dh = stateGradients[0];
        INDArray dhPrevDirect = dh.mul(s.z());
        INDArray dzPre = recurrentActivation.backward(s.zPre(), s.z(), dh.mul(s.hPrev().sub(s.hh())));
        INDArray dhhPre = activation.backward(s.hhPre(), s.hh(), dh.mul(s.z().rsub(1.0)));
        INDArray recurrentInput = s.hPrev();
        INDArray dRecurrent;
        INDArray drPre;
        if (resetAfter) {
            drPre = recurrentActivation.backward(s.rPre(), s.r(), dhhPre.mul(s.innerH()));
            INDArray dInner = Nd4j.hstack(dzPre, drPre, dhhPre.mul(s.r()));
            gradients.addKernel(Nd4j.gemm(recurrentInput, dInner, true, false));
            if (recurrentBias != null) {
                gradients.addBias(dInner.sum(0));
            }
            dRecurrent = Nd4j.gemm(dInner, recurrentKernel, false, true);
        } else {
            INDArray candidateKernel = columns(recurrentKernel, 2, 3);
            INDArray dResetH = Nd4j.gemm(dhhPre, candidateKernel, false, true);
            drPre = recurrentActivation.backward(s.rPre(), s.r(), dResetH.mul(recurrentInput));
            INDArray dGates = Nd4j.hstack(dzPre, drPre);
            INDArray dKernel = Nd4j.hstack(Nd4j.gemm(recurrentInput, dGates, true, false),
                    Nd4j.gemm(s.resetH(), dhhPre, true, false));
            gradients.addKernel(dKernel);
            dRecurrent = Nd4j.gemm(dGates, columns(recurrentKernel, 0, 2), false, true).addi(dResetH.mul(s.r()));
        }
        INDArray dProjected = Nd4j.hstack(dzPre, drPre, dhhPre);
        return new StepGradients(dProjected, dRecurrent, new INDArray[] {dhPrevDirect});
    }
}
