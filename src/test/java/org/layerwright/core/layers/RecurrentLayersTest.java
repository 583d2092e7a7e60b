package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.recurrent.Bidirectional;
import org.layerwright.core.layers.recurrent.GRU;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.recurrent.SimpleRNN;
import org.layerwright.core.layers.recurrent.TimeDistributed;
import org.layerwright.testing.Golden;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SimpleRNN, GRU, Bidirectional and TimeDistributed: shapes, counts (reference §5), weights, configs, errors. */
class RecurrentLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static List<String> weightNames(Layer layer) {
        List<String> names = new ArrayList<>();
        for (WeightSpec w : layer.weightSpecs()) {
            names.add(layer.weightName(w));
        }
        return names;
    }

    @Test
    void simpleRnnCountsAsTheReference() {
        Layer rnn = LayerContract.of(new SimpleRNN(16)).input(null, 5, 8).outputs(Shape.of(null, 16)).params(400, 0)
                .weights(Shape.of(8, 16), Shape.of(16, 16), Shape.of(16)).check();
        assertEquals(List.of("simple_rnn/simple_rnn_cell/kernel:0", "simple_rnn/simple_rnn_cell/recurrent_kernel:0",
                "simple_rnn/simple_rnn_cell/bias:0"), weightNames(rnn));
        assertEquals("16 × (8 inputs + 16 units + 1) = 400", rnn.explainParams());
        LayerContract.of(new SimpleRNN(4).returnSequences(true).returnState(true)).input(null, 7, 3)
                .outputs(Shape.of(null, 7, 4), Shape.of(null, 4)).params(32, 0).check();
    }

    @Test
    void simpleRnnConfigHasKerasKeysInOrder() {
        Map<String, Object> config = new SimpleRNN(16).getConfig();
        assertEquals(List.of("name", "trainable", "dtype", "return_sequences", "return_state", "go_backwards",
                "stateful", "unroll", "time_major", "units", "activation", "use_bias", "kernel_initializer",
                "recurrent_initializer", "bias_initializer", "kernel_regularizer", "recurrent_regularizer",
                "bias_regularizer", "activity_regularizer", "kernel_constraint", "recurrent_constraint",
                "bias_constraint", "dropout", "recurrent_dropout"), new ArrayList<>(config.keySet()));
    }

    @Test
    void gruWithResetAfterHasTwoBiasRows() {
        Layer gru = LayerContract.of(new GRU(32)).input(null, 20, 8).outputs(Shape.of(null, 32)).params(4032, 0)
                .weights(Shape.of(8, 96), Shape.of(32, 96), Shape.of(2, 96)).check();
        assertEquals("gru/gru_cell/kernel:0", weightNames(gru).get(0));
        assertEquals("3 gates × 32 × (8 inputs + 32 units + 2 biases) = 4,032", gru.explainParams());
    }

    @Test
    void gruWithoutResetAfterHasOneBias() {
        Layer gru = LayerContract.of(new GRU(32).resetAfter(false)).input(null, 20, 8).outputs(Shape.of(null, 32))
                .params(3936, 0).weights(Shape.of(8, 96), Shape.of(32, 96), Shape.of(96)).check();
        assertEquals("3 gates × 32 × (8 inputs + 32 units + 1) = 3,936", gru.explainParams());
        LayerContract.of(new GRU(5).returnState(true)).input(null, null, 2)
                .outputs(Shape.of(null, 5), Shape.of(null, 5)).check();
    }

    @Test
    void gruConfigEndsWithImplementationAndResetAfter() {
        Map<String, Object> config = new GRU(32).getConfig();
        List<String> keys = new ArrayList<>(config.keySet());
        assertEquals(List.of("units", "activation", "recurrent_activation", "use_bias", "kernel_initializer"),
                keys.subList(9, 14));
        assertEquals(List.of("dropout", "recurrent_dropout", "implementation", "reset_after"),
                keys.subList(keys.size() - 4, keys.size()));
        assertEquals(true, config.get("reset_after"));
        assertEquals(2, config.get("implementation"));
        assertEquals("sigmoid", config.get("recurrent_activation"));
    }

    @Test
    void bidirectionalLstmIsTwiceTheLstm() {
        Layer bi = LayerContract.of(new Bidirectional(new LSTM(64))).input(null, 100, 128)
                .outputs(Shape.of(null, 128)).params(2 * 49408, 0)
                .weights(Shape.of(128, 256), Shape.of(64, 256), Shape.of(256), Shape.of(128, 256), Shape.of(64, 256),
                        Shape.of(256)).check();
        assertEquals(List.of("bidirectional/forward_lstm/lstm_cell_1/kernel:0",
                "bidirectional/forward_lstm/lstm_cell_1/recurrent_kernel:0",
                "bidirectional/forward_lstm/lstm_cell_1/bias:0",
                "bidirectional/backward_lstm/lstm_cell_2/kernel:0",
                "bidirectional/backward_lstm/lstm_cell_2/recurrent_kernel:0",
                "bidirectional/backward_lstm/lstm_cell_2/bias:0"), weightNames(bi));
        assertEquals("forward (4 gates × 64 × (128 inputs + 64 units + 1) = 49,408) + backward (4 gates × 64 × (128"
                + " inputs + 64 units + 1) = 49,408) = 98,816", bi.explainParams());
        assertEquals("the last time step's output of 64; forward 64 + backward 64 = 128 features", bi.explainShape());
    }

    @Test
    void bidirectionalConfigWrapsTheGivenLayer() {
        Map<String, Object> config = new Bidirectional(new LSTM(8)).getConfig();
        assertEquals(List.of("name", "trainable", "dtype", "layer", "merge_mode"), new ArrayList<>(config.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> layer = (Map<String, Object>) config.get("layer");
        assertEquals("LSTM", layer.get("class_name"));
        assertEquals("lstm", ((Map<?, ?>) layer.get("config")).get("name"));
        assertEquals(false, ((Map<?, ?>) layer.get("config")).get("go_backwards"));
        assertEquals("concat", config.get("merge_mode"));
    }

    @Test
    void bidirectionalMergeModes() {
        LayerContract.of(new Bidirectional(new GRU(6)).mergeMode("sum")).input(null, 4, 3)
                .outputs(Shape.of(null, 6)).check();
        LayerContract.of(new Bidirectional(new SimpleRNN(6)).mergeMode(null)).input(null, 4, 3)
                .outputs(Shape.of(null, 6), Shape.of(null, 6)).params(2 * 6 * (3 + 6 + 1), 0).check();
        LayerContract.of(new Bidirectional(new LSTM(5).returnSequences(true).returnState(true))).input(null, 4, 3)
                .outputs(Shape.of(null, 4, 10), Shape.of(null, 5), Shape.of(null, 5), Shape.of(null, 5),
                        Shape.of(null, 5)).check();
    }

    @Test
    void bidirectionalWithACustomBackwardLayerSavesIt() {
        Bidirectional bi = new Bidirectional(new LSTM(4), new GRU(4).goBackwards(true));
        Layer checked = LayerContract.of(bi).input(null, 6, 2).outputs(Shape.of(null, 8))
                .params(4 * 4 * (2 + 4 + 1) + 3 * 4 * (2 + 4 + 2), 0).check();
        assertEquals("bidirectional/backward_gru/gru_cell/kernel:0", weightNames(checked).get(3));
        assertEquals("bidirectional/forward_lstm/lstm_cell_1/kernel:0", weightNames(checked).get(0));
        Map<?, ?> backward = (Map<?, ?>) bi.getConfig().get("backward_layer");
        assertEquals("GRU", backward.get("class_name"));
        assertEquals("gru", ((Map<?, ?>) backward.get("config")).get("name"));
    }

    @Test
    void bidirectionalRejectsTwoLayersReadingTheSameWay() {
        var e = assertThrows(InvalidLayerArgumentException.class,
                () -> new Bidirectional(new LSTM(4), new LSTM(4)));
        assertEquals("Bidirectional: the forward and backward layers should have different `go_backwards` values;"
                + " both have go_backwards=False. Set go_backwards=True on the backward layer.", e.getMessage());
        var mismatch = assertThrows(InvalidLayerArgumentException.class,
                () -> new Bidirectional(new LSTM(4), new LSTM(4).goBackwards(true).returnSequences(true)));
        assertEquals("Bidirectional: the forward and backward layers are expected to have the same value for"
                + " `return_sequences`, got False for the forward layer and True for the backward layer. Give both"
                + " layers the same return_sequences.", mismatch.getMessage());
        var mode = assertThrows(InvalidLayerArgumentException.class,
                () -> new Bidirectional(new LSTM(4)).mergeMode("max"));
        assertEquals("Invalid value for `merge_mode` of Bidirectional: expected one of \"sum\", \"mul\", \"ave\","
                + " \"concat\" or null, received merge_mode=\"max\". Use \"concat\" to join both directions'"
                + " features.", mode.getMessage());
    }

    @Test
    void timeDistributedDenseAppliesPerStep() {
        Layer td = LayerContract.of(new TimeDistributed(new Dense(8))).input(null, 10, 16)
                .outputs(Shape.of(null, 10, 8)).params(136, 0).weights(Shape.of(16, 8), Shape.of(8)).check();
        assertEquals(List.of("time_distributed/kernel:0", "time_distributed/bias:0"), weightNames(td));
        assertEquals("8 × (16 + 1) = 136, shared by every time step", td.explainParams());
        assertEquals("Dense on each of the 10 time steps: last axis 16 → units 8", td.explainShape());
        assertEquals("dense", ((Map<?, ?>) ((Map<?, ?>) td.getConfig().get("layer")).get("config")).get("name"));
    }

    @Test
    void timeDistributedConvolutionKeepsTheStepsAxis() {
        LayerContract.of(new TimeDistributed(new Conv2D(4, 3))).input(null, 5, 28, 28, 1)
                .outputs(Shape.of(null, 5, 26, 26, 4)).params(40, 0).weights(Shape.of(3, 3, 1, 4), Shape.of(4))
                .check();
    }

    @Test
    void recurrentShapeErrorsSayHowToFixThem() {
        KerasTensor flat = Input.of(8);
        var rnn = assertThrows(IncompatibleShapeException.class, () -> new SimpleRNN(4).apply(flat));
        assertEquals("Layer 'simple_rnn' (SimpleRNN) cannot take input shape (None, 8): expected rank 3 (batch,"
                + " timesteps, features), found rank 2. Add a time axis first, e.g. Reshape or RepeatVector, or an"
                + " Embedding for token ids.", rnn.getMessage());
        var td = assertThrows(IncompatibleShapeException.class, () -> new TimeDistributed(new Dense(3)).apply(flat));
        assertEquals("Layer 'time_distributed' (TimeDistributed) cannot take input shape (None, 8): a"
                + " TimeDistributed layer needs an input of at least 3 dimensions (batch, timesteps, ...), found rank"
                + " 2. Add a time axis first, e.g. with Reshape or RepeatVector, or use the wrapped Dense directly.",
                td.getMessage());
    }

    @Test
    void kerasSeq2SeqWithBidirectionalStatesReadsAndCounts() throws Exception {
        // Keras 2.1.4 file: Bidirectional(LSTM(300, return_state=True)) gives 5 outputs, whose states start a decoder.
        Map<String, Object> entry = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                Golden.read("fixtures/keras/dl4j_k2_seq2seq_config.json"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        Model model = (Model) org.layerwright.core.Layers.deserialize(entry);
        Bidirectional encoder = (Bidirectional) model.getLayer("bidirectional_1");
        assertEquals(List.of(Shape.of(null, 600), Shape.of(null, 300), Shape.of(null, 300), Shape.of(null, 300),
                Shape.of(null, 300)), encoder.outputShapesOrNull());
        assertEquals(2 * 4 * 300 * (200 + 300 + 1), encoder.countParams());
        assertEquals(4 * 600 * (4 + 600 + 1), model.getLayer("lstm_2").countParams());
        assertEquals(List.of(Shape.of(null, null, 600)), model.getLayer("lstm_2").outputShapesOrNull().subList(0, 1));
        assertEquals(1202400 + 1452000 + 2404, model.countTrainableParams());
        assertEquals(4000000, model.countNonTrainableParams());
    }

    @Test
    void initialStatesMustMatchTheCell() {
        KerasTensor x = Input.of(5, 3);
        KerasTensor h = Input.of(8);
        var e = assertThrows(IncompatibleShapeException.class, () -> new LSTM(8).apply(List.of(x, h)));
        assertEquals("Layer 'lstm' (LSTM) cannot take input shape (None, 5, 3): it was given 1 initial state(s)"
                + " [(None, 8)], but LSTM has 2 state(s). Pass the sequence first, then 2 state tensor(s) of shape"
                + " (batch, 8).", e.getMessage());
        LayerContract.of(new GRU(8)).input(null, 5, 3).input(null, 8).outputs(Shape.of(null, 8))
                .params(3 * 8 * (3 + 8 + 2), 0).check();
    }

    @Test
    void aModelWithABidirectionalLayerSumsBothDirections() {
        KerasTensor x = Input.of(100, 128);
        KerasTensor y = new Dense(1).apply(new Bidirectional(new LSTM(64)).apply(x));
        Model model = new Model(x, y);
        assertEquals(98816 + 129, model.countParams());
        assertEquals(8, model.getWeights().size());
    }
}
