package org.layerwright.io.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.core.layers.attention.MultiHeadAttention;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Lambda;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.recurrent.LSTM;

/** Which arguments the Python code writes, and how calls, outputs and Lambda layers are written. */
class KerasPythonWriterTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static List<String> body(Model model) {
        String source = KerasPythonWriter.write(model);
        return List.of(source.substring(source.indexOf("# Functional model")).split("\n"));
    }

    @Test
    void nonDefaultInitializersAndRegularizersAreWrittenAsCalls() {
        KerasTensor in = Input.of(8);
        KerasTensor out = new Dense(4).kernelInitializer(KerasObject.of("HeNormal", "seed", 7))
                .kernelRegularizer(KerasObject.of("L2", "l2", 0.009999999776482582)).useBias(false).apply(in);
        List<String> lines = body(new Model(in, out));
        assertEquals("dense = layers.Dense(4, use_bias=False, kernel_initializer=keras.initializers.HeNormal(seed=7),"
                + " kernel_regularizer=keras.regularizers.L2(l2=0.009999999776482582), name=\"dense\")(input_1)",
                lines.get(2));
    }

    @Test
    void defaultsThatDependOnOtherArgumentsOrTheInputAreLeftOut() {
        KerasTensor in = Input.of(12, 12, 3);
        KerasTensor x = new MaxPooling2D(3, 3).apply(in);
        x = new MaxPooling2D(2, 2).strides(1, 1).apply(x);
        x = new BatchNormalization().momentum(0.9).apply(x);
        List<String> lines = body(new Model(in, x));
        assertEquals("max_pooling2d = layers.MaxPooling2D(pool_size=(3, 3), name=\"max_pooling2d\")(input_1)",
                lines.get(2));
        assertEquals("max_pooling2d_1 = layers.MaxPooling2D(strides=(1, 1), name=\"max_pooling2d_1\")(max_pooling2d)",
                lines.get(3));
        assertEquals("batch_normalization = layers.BatchNormalization(momentum=0.9, name=\"batch_normalization\")"
                + "(max_pooling2d_1)", lines.get(4));
    }

    @Test
    void severalOutputsAreUnpackedAndCallArgumentsAreKeywords() {
        KerasTensor tokens = Input.of("tokens", 10, 16);
        List<KerasTensor> lstm = new LSTM(8).returnSequences(true).returnState(true).applyAll(tokens);
        KerasTensor attended = new MultiHeadAttention(2, 4).apply(List.of(lstm.get(0), tokens));
        List<String> lines = body(new Model(List.of(tokens), List.of(attended, lstm.get(1), lstm.get(2))));
        assertEquals("lstm_0, lstm_1, lstm_2 = layers.LSTM(8, return_sequences=True, return_state=True,"
                + " name=\"lstm\")(tokens)", lines.get(2));
        assertEquals("multi_head_attention = layers.MultiHeadAttention(2, 4, name=\"multi_head_attention\")"
                + "(lstm_0, value=tokens)", lines.get(3));
        assertEquals("model = keras.Model(inputs=tokens, outputs=[multi_head_attention, lstm_1, lstm_2],"
                + " name=\"model\")", lines.get(4));
    }

    @Test
    void aLambdaGetsAFunctionThatSaysItCouldNotBeRecovered() {
        KerasTensor in = Input.of(4);
        KerasTensor out = new Lambda(java.util.Arrays.asList("4wEAAAAAAAAA", null, null)).outputShape(4).apply(in);
        String source = KerasPythonWriter.write(new Model(in, out));
        assertTrue(source.contains("def lambda_function(inputs):\n"
                + "    # The Python function of Lambda layer \"lambda\" cannot be recovered: Keras saves it\n"
                + "    # as compiled bytecode, which Layerwright never runs. Write the function again here.\n"
                + "    raise NotImplementedError(\"the function of Lambda layer 'lambda' is not known\")\n"), source);
        assertTrue(source.contains("lambda_ = layers.Lambda(lambda_function, output_shape=(4,), name=\"lambda\")"
                + "(input_1)\n"), source);
    }

    @Test
    void aNestedModelCalledTwiceIsWrittenOnceThenCalled() {
        KerasTensor inner = Input.of("inner_in", 4);
        Model block = new Model(List.of(inner), List.of(new Dense(2).apply(inner)), "block");
        KerasTensor a = Input.of("a", 4);
        KerasTensor b = Input.of("b", 4);
        Model outer = new Model(List.of(a, b), List.of(block.apply(a), block.apply(b)), "outer");
        String source = KerasPythonWriter.write(outer);
        assertTrue(source.contains("# Functional model \"block\"\n"
                + "inner_in = keras.Input(shape=(4,), name=\"inner_in\")\n"
                + "dense = layers.Dense(2, name=\"dense\")(inner_in)\n"
                + "block = keras.Model(inputs=inner_in, outputs=dense, name=\"block\")\n"), source);
        assertTrue(source.contains("block_out1 = block(a)\nblock_out2 = block(b)\n"
                + "model = keras.Model(inputs=[a, b], outputs=[block_out1, block_out2], name=\"outer\")\n"), source);
    }

    @Test
    void aModelWithoutInputsIsRefusedWithAReason() {
        Model empty = new org.layerwright.core.Sequential(new Dense(3));
        UnsupportedModelOperationException e = assertThrows(UnsupportedModelOperationException.class,
                () -> KerasPythonWriter.write(empty));
        assertEquals("Model 'sequential' has no inputs yet, so it cannot be written as Python code. Give it an"
                + " Input (or an input_shape on its first layer) first.", e.getMessage());
    }
}
