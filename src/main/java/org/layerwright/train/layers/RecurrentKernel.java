package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A recurrent layer (batch, time, features) unrolled over time in Java around a {@link RecurrentCell}, with Keras's
 * semantics (its {@code backend.rnn}): the input projection {@code x · kernel + bias} for every step in one matrix
 * product; {@code go_backwards} reads the steps last to first and returns the sequence in that reading order;
 * at a step the mask marks as padding, every state keeps its previous value and so does the output (or, with
 * {@code zero_output_for_mask}, as Bidirectional sets it for sequences, the output is zero); extra inputs are the
 * initial states. In training, {@code dropout} multiplies the input by one Bernoulli mask per sequence, and
 * {@code recurrent_dropout} does the same to the hidden state fed to the recurrent product. Backward is
 * back-propagation through time.
 */
final class RecurrentKernel implements MaskAwareKernel {
    /** Where this layer's weights sit in the owning layer's weight list (Bidirectional holds two directions). */
    record WeightSlots(int kernel, int recurrentKernel, int bias) {
    }

    /** The sequence options of the layer. */
    record Options(boolean returnSequences, boolean returnState, boolean goBackwards, boolean zeroOutputForMask,
            double dropout, double recurrentDropout) {
    }

    private final RecurrentCell cell;
    private final long units;
    private final INDArray kernel;
    private final INDArray bias;
    private final boolean stackedBias;
    private final Options options;
    private final WeightSlots slots;

    /**
     * @param bias the bias as Keras stores it, or null; {@code stackedBias} when it is (2, width), row 0 for the
     *        input and row 1 for the recurrent product (GRU with reset_after)
     */
    RecurrentKernel(RecurrentCell cell, INDArray kernel, INDArray bias, boolean stackedBias, Options options,
            WeightSlots slots) {
        this.cell = cell;
        this.units = cell.units();
        this.kernel = kernel;
        this.bias = bias;
        this.stackedBias = stackedBias;
        this.options = options;
        this.slots = slots;
    }

    private record StepRecord(RecurrentCell.Step step, INDArray mask) {
    }

    private record Saved(INDArray rows, INDArray inputDropout, INDArray recurrentDropout, List<StepRecord> steps,
            long[] inputShape, int initialStates) {
    }

    private static INDArray time(INDArray x, long t) {
        return x.get(NDArrayIndex.all(), NDArrayIndex.point(t), NDArrayIndex.all());
    }

    private static INDArray dropoutMask(INDArray like, long rows, long columns, double rate) {
        INDArray mask = Nd4j.createUninitialized(like.dataType(), rows, columns);
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1.0 - rate));
        return mask.muli(1.0 / (1.0 - rate));
    }

    private INDArray inputBias() {
        return bias == null ? null : stackedBias ? bias.getRow(0) : bias;
    }

    @Override
    public Forward forward(List<INDArray> inputs, List<INDArray> masks, boolean training) {
        INDArray x = inputs.get(0);
        INDArray mask = masks.isEmpty() ? null : masks.get(0);
        long batch = x.size(0);
        long steps = x.size(1);
        long features = x.size(2);
        INDArray inputDropout = null;
        if (training && options.dropout() > 0.0) {
            inputDropout = dropoutMask(x, batch, features, options.dropout());
            INDArray dropped = x.dup('c');
            for (long t = 0; t < steps; t++) {
                time(dropped, t).muli(inputDropout);
            }
            x = dropped;
        }
        INDArray rows = x.dup('c').reshape('c', batch * steps, features);
        INDArray projected = Nd4j.gemm(rows, kernel, false, false);
        if (bias != null) {
            projected.addiRowVector(inputBias());
        }
        projected = projected.reshape('c', batch, steps, cell.projectedWidth());
        INDArray[] states = new INDArray[cell.stateCount()];
        for (int i = 0; i < states.length; i++) {
            states[i] = inputs.size() > 1 ? inputs.get(1 + i) : null;
        }
        for (int i = 0; i < states.length; i++) {
            if (states[i] == null) {
                states[i] = Nd4j.zeros(x.dataType(), batch, units);
            }
        }
        INDArray recurrentDropout = training && options.recurrentDropout() > 0.0
                ? dropoutMask(x, batch, units, options.recurrentDropout()) : null;
        INDArray sequence = options.returnSequences() ? Nd4j.zeros(x.dataType(), batch, steps, units) : null;
        List<StepRecord> records = new ArrayList<>();
        for (long s = 0; s < steps; s++) {
            long t = options.goBackwards() ? steps - 1 - s : s;
            INDArray recurrentInput = recurrentDropout == null ? states[0] : states[0].mul(recurrentDropout);
            RecurrentCell.Step step = cell.forward(time(projected, t), recurrentInput, states);
            INDArray[] next = step.states();
            INDArray m = mask == null ? null : mask.get(NDArrayIndex.all(), NDArrayIndex.point(t)).reshape(batch, 1)
                    .castTo(x.dataType());
            INDArray output = next[0];
            if (m != null) {
                INDArray keep = m.rsub(1.0);
                INDArray[] blended = new INDArray[next.length];
                for (int i = 0; i < next.length; i++) {
                    blended[i] = next[i].mulColumnVector(m).addi(states[i].mulColumnVector(keep));
                }
                output = options.zeroOutputForMask() ? next[0].mulColumnVector(m) : blended[0];
                next = blended;
            }
            records.add(new StepRecord(step, m));
            states = next;
            if (sequence != null) {
                time(sequence, s).assign(output);
            }
        }
        List<INDArray> outputs = new ArrayList<>();
        outputs.add(sequence != null ? sequence : states[0]);
        if (options.returnState()) {
            Collections.addAll(outputs, states);
        }
        return new Forward(outputs, new Saved(rows, inputDropout, recurrentDropout, records, x.shape(),
                inputs.size() - 1));
    }

    @Override
    public List<INDArray> backward(Forward forward, List<INDArray> outputGradients, WeightGradients weightGradients,
            boolean inputGradientsNeeded) {
        Saved saved = (Saved) forward.saved();
        long batch = saved.inputShape()[0];
        long steps = saved.inputShape()[1];
        int count = cell.stateCount();
        INDArray[] dStates = new INDArray[count];
        for (int i = 0; i < count; i++) {
            dStates[i] = Nd4j.zeros(kernel.dataType(), batch, units);
            INDArray given = options.returnState() ? outputGradients.get(1 + i) : null;
            if (given != null) {
                dStates[i].addi(given);
            }
        }
        INDArray outGrad = outputGradients.get(0);
        if (!options.returnSequences() && outGrad != null) {
            dStates[0].addi(outGrad);
        }
        INDArray dProjected = Nd4j.zeros(kernel.dataType(), batch, steps, cell.projectedWidth());
        RecurrentCell.RecurrentGradients recurrent = new RecurrentCell.RecurrentGradients();
        for (long s = steps - 1; s >= 0; s--) {
            StepRecord record = saved.steps().get((int) s);
            INDArray m = record.mask();
            INDArray dOutput = options.returnSequences() && outGrad != null ? time(outGrad, s) : null;
            if (dOutput != null && !(m != null && options.zeroOutputForMask())) {
                dStates[0].addi(dOutput);
                dOutput = null;
            }
            INDArray[] dNew = new INDArray[count];
            INDArray[] dCarried = new INDArray[count];
            for (int i = 0; i < count; i++) {
                dNew[i] = m == null ? dStates[i] : dStates[i].mulColumnVector(m);
                dCarried[i] = m == null ? null : dStates[i].mulColumnVector(m.rsub(1.0));
            }
            if (dOutput != null) {
                // The zeroed output is h at a real step and 0 at padding: only real steps pass gradient.
                dNew[0] = dNew[0].add(dOutput.mulColumnVector(m));
            }
            RecurrentCell.StepGradients g = cell.backward(record.step(), dNew, recurrent);
            long t = options.goBackwards() ? steps - 1 - s : s;
            time(dProjected, t).assign(g.projected());
            INDArray[] previous = new INDArray[count];
            for (int i = 0; i < count; i++) {
                INDArray d = i == 0 ? (saved.recurrentDropout() == null ? g.recurrentInput()
                        : g.recurrentInput().mul(saved.recurrentDropout())) : null;
                d = sum(d, g.states()[i]);
                d = sum(d, dCarried[i]);
                previous[i] = d == null ? Nd4j.zeros(kernel.dataType(), batch, units) : d;
            }
            dStates = previous;
        }
        INDArray dRows = dProjected.reshape('c', batch * steps, cell.projectedWidth());
        if (weightGradients != null) {
            weightGradients.add(slots.kernel(), Nd4j.gemm(saved.rows(), dRows, true, false));
            weightGradients.add(slots.recurrentKernel(), recurrent.recurrentKernel);
            if (bias != null) {
                INDArray dInputBias = dRows.sum(0);
                weightGradients.add(slots.bias(), stackedBias ? Nd4j.vstack(dInputBias.reshape(1, -1),
                        recurrent.recurrentBias.reshape(1, -1)) : dInputBias);
            }
        }
        List<INDArray> inputGradients = MaskAwareKernel.noMasks(1 + saved.initialStates());
        if (!inputGradientsNeeded) {
            return inputGradients;
        }
        INDArray dx = Nd4j.gemm(dRows, kernel, false, true).reshape('c', saved.inputShape());
        if (saved.inputDropout() != null) {
            for (long t = 0; t < steps; t++) {
                time(dx, t).muli(saved.inputDropout());
            }
        }
        inputGradients.set(0, dx);
        for (int i = 0; i < saved.initialStates(); i++) {
            inputGradients.set(1 + i, dStates[i]);
        }
        return inputGradients;
    }

    private static INDArray sum(INDArray a, INDArray b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** True when the layer also returns its final states. */
    boolean returnsState() {
        return options.returnState();
    }

    @Override
    public List<INDArray> outputMasks(List<INDArray> inputs, List<INDArray> masks) {
        List<INDArray> out = MaskAwareKernel.noMasks(1 + (options.returnState() ? cell.stateCount() : 0));
        if (options.returnSequences() && !masks.isEmpty()) {
            out.set(0, masks.get(0));
        }
        return out;
    }

    @Override
    public boolean[] masksOutputs(boolean[] inputsMasked) {
        boolean[] out = new boolean[1 + (options.returnState() ? cell.stateCount() : 0)];
        out[0] = options.returnSequences() && inputsMasked.length > 0 && inputsMasked[0];
        return out;
    }
}
