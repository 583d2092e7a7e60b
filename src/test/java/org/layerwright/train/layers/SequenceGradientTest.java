package org.layerwright.train.layers;

import static org.layerwright.train.layers.KernelHarness.TOLERANCE;
import static org.layerwright.train.layers.KernelHarness.checkAfterDense;
import static org.layerwright.train.layers.KernelHarness.checkGradients;
import static org.layerwright.train.layers.KernelHarness.random;
import static org.layerwright.train.layers.KernelHarness.randomDoubleWeights;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.convolution.ConvLSTM2D;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Embedding;
import org.layerwright.core.layers.core.Masking;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.recurrent.Bidirectional;
import org.layerwright.core.layers.recurrent.GRU;
import org.layerwright.core.layers.pooling.GlobalAveragePooling1D;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.recurrent.SimpleRNN;
import org.layerwright.core.layers.recurrent.TimeDistributed;
import org.layerwright.core.layers.regularization.Dropout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Finite-difference gradient checks in double precision for the sequence layers. Each layer sits after a linear
 * Dense, so the Dense's weight gradients also check the layer's input gradient.
 */
class SequenceGradientTest {
    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    @Test
    void simpleRnnVariants() {
        checkAfterDense(x -> new SimpleRNN(3).apply(x), 2, 4, 3);
        checkAfterDense(x -> new SimpleRNN(2).activation("relu").returnSequences(true).goBackwards(true).apply(x), 2, 3, 2);
        checkAfterDense(x -> new SimpleRNN(2).useBias(false).returnSequences(true).apply(x), 2, 3, 2);
    }

    @Test
    void gruResetAfterAndBefore() {
        checkAfterDense(x -> new GRU(3).apply(x), 2, 4, 3);
        checkAfterDense(x -> new GRU(2).resetAfter(false).returnSequences(true).apply(x), 2, 3, 2);
        checkAfterDense(x -> new GRU(2).recurrentActivation("hard_sigmoid").goBackwards(true).returnSequences(true).apply(x),
                2, 3, 2);
        checkAfterDense(x -> new GRU(2).useBias(false).apply(x), 2, 3, 2);
        checkAfterDense(x -> new GRU(2).resetAfter(false).useBias(false).goBackwards(true).apply(x), 2, 3, 2);
    }

    @Test
    void lstmWithStatesAndGruWithState() {
        checkAfterDense(x -> {
            List<KerasTensor> outs = new LSTM(2).returnState(true).goBackwards(true).applyAll(List.of(x), null);
            return new Concatenate().apply(List.of(outs.get(0), outs.get(1), outs.get(2)));
        }, 2, 3, 2);
        checkAfterDense(x -> {
            List<KerasTensor> outs = new GRU(2).returnState(true).applyAll(List.of(x), null);
            return new Concatenate().apply(List.of(outs.get(0), outs.get(1)));
        }, 2, 3, 2);
    }

    @Test
    void dropoutWithFixedMasks() {
        checkAfterDense(x -> new SimpleRNN(2).dropout(0.3).recurrentDropout(0.4).returnSequences(true).apply(x), 3, 4, 2);
        checkAfterDense(x -> new LSTM(2).dropout(0.3).recurrentDropout(0.4).apply(x), 3, 4, 2);
        checkAfterDense(x -> new GRU(2).dropout(0.3).apply(x), 3, 4, 2);
    }

    @Test
    void bidirectionalEveryMergeMode() {
        checkAfterDense(x -> new Bidirectional(new GRU(2).returnSequences(true)).apply(x), 2, 3, 2);
        checkAfterDense(x -> new Bidirectional(new SimpleRNN(2).returnSequences(true)).mergeMode("ave").apply(x), 2, 3, 2);
        checkAfterDense(x -> new Bidirectional(new SimpleRNN(2)).mergeMode("mul").apply(x), 2, 3, 2);
        checkAfterDense(x -> new Bidirectional(new SimpleRNN(2)).mergeMode("sum").apply(x), 2, 3, 2);
        checkAfterDense(x -> {
            List<KerasTensor> outs = new Bidirectional(new LSTM(2).returnSequences(true)).mergeMode(null)
                    .applyAll(List.of(x), null);
            return new Concatenate().apply(List.of(outs.get(0), outs.get(1)));
        }, 2, 3, 2);
        checkAfterDense(x -> {
            List<KerasTensor> outs = new Bidirectional(new LSTM(1).returnState(true)).applyAll(List.of(x), null);
            return new Concatenate().apply(outs);
        }, 2, 3, 2);
    }

    @Test
    void timeDistributedDenseAndDropout() {
        checkAfterDense(x -> new TimeDistributed(new Dense(2, "tanh")).apply(x), 3, 4, 2);
        checkAfterDense(x -> new TimeDistributed(new Dropout(0.5)).apply(x), 3, 4, 2);
    }

    /** Masked steps: token id 0 pads the ends of the first two sequences and the start of the third. */
    @Test
    void maskedRecurrentLayers() {
        INDArray ids = Nd4j.createFromArray(new double[][] {{3, 1, 0, 0}, {2, 4, 4, 0}, {0, 1, 2, 3}});
        for (Function<KerasTensor, KerasTensor> body : List.<Function<KerasTensor, KerasTensor>>of(
                x -> new GRU(2).apply(x),
                x -> new LSTM(1).returnSequences(true).apply(x),
                x -> new SimpleRNN(2).goBackwards(true).returnSequences(true).apply(x),
                x -> new Bidirectional(new SimpleRNN(2).returnSequences(true)).apply(x),
                x -> new Bidirectional(new GRU(1)).mergeMode("sum").apply(x))) {
            Keras.clearSession();
            KerasTensor input = Input.of(4);
            KerasTensor embedded = new Embedding(5, 2).maskZero(true).apply(input);
            KerasTensor dropped = new Dropout(0.2).apply(embedded);
            Model model = new Model(input, body.apply(dropped));
            randomDoubleWeights(model, 3);
            checkGradients(model, List.of(ids), () -> Nd4j.getRandom().setSeed(11), TOLERANCE);
        }
    }

    /** GlobalAveragePooling1D averages the real steps only, so padded steps get no gradient. */
    @Test
    void maskedGlobalAveragePooling() {
        INDArray ids = Nd4j.createFromArray(new double[][] {{3, 1, 0, 0}, {2, 4, 4, 0}, {0, 1, 2, 3}});
        for (boolean keepDims : new boolean[] {false, true}) {
            Keras.clearSession();
            KerasTensor input = Input.of(4);
            KerasTensor embedded = new Embedding(5, 2).maskZero(true).apply(input);
            Model model = new Model(input, new GlobalAveragePooling1D().keepdims(keepDims)
                    .apply(new Dense(3, "tanh").apply(embedded)));
            randomDoubleWeights(model, 3);
            checkGradients(model, List.of(ids), () -> { }, TOLERANCE);
        }
    }

    @Test
    void maskingLayerThenDenseThenLstm() {
        KerasTensor input = Input.of(4, 2);
        Model model = new Model(input, new LSTM(2).apply(new Dense(2).apply(new Masking().apply(input))));
        randomDoubleWeights(model, 3);
        INDArray x = random(5, 3, 4, 2);
        for (long[] padding : new long[][] {{0, 3}, {2, 0}, {2, 2}}) {
            x.get(NDArrayIndex.point(padding[0]), NDArrayIndex.point(padding[1]), NDArrayIndex.all()).assign(0.0);
        }
        checkGradients(model, List.of(x), () -> { }, TOLERANCE);
    }

    @Test
    void convLstm2dValidSameStridedAndBackwards() {
        checkAfterDense(x -> new ConvLSTM2D(2, 2).apply(x), 1, 2, 3, 3, 1);
        checkAfterDense(x -> new ConvLSTM2D(1, 3).padding("same").goBackwards(true).returnSequences(true).apply(x), 1, 2,
                3, 3, 1);
        checkAfterDense(x -> {
            List<KerasTensor> outs = new ConvLSTM2D(1, 2).strides(2, 1).returnState(true).applyAll(List.of(x), null);
            return new Concatenate().apply(outs);
        }, 1, 2, 4, 3, 1);
    }
}
