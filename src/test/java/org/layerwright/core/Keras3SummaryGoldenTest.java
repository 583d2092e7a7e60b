package org.layerwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Activation;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.core.summary.SummaryOptions;
import org.layerwright.core.summary.SummaryStyle;
import org.layerwright.testing.Golden;

/**
 * The Keras 3 summary (style {@code keras-3}), byte for byte.
 *
 * <p>The expected files were traced by hand through {@code keras/src/utils/summary_utils.py}
 * ({@code print_summary}, Keras 3.3+) and rich 13's {@code rich/table.py} ({@code _calculate_column_widths},
 * {@code ratio_reduce}), {@code rich/_wrap.py} ({@code divide_line}), {@code rich/text.py} ({@code wrap},
 * {@code truncate}) and {@code rich/containers.py} ({@code Lines.justify}), and checked against real Keras 3
 * outputs quoted in public repositories:
 * <ul>
 * <li>the 76-wide three-column table (cells 33, 24 and 15 wide, header
 * {@code ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃}, right-aligned counts with
 * commas, {@code ├─┼┤} between rows), e.g. the R keras3 MNIST convnet example
 * ({@code conv2d (Conv2D) │ (None, 26, 26, 32) │ 320}) and many notebooks run as scripts or in Colab;</li>
 * <li>the 76-wide four-column table (cells 21, 19, 12, 19) of the keras.io "Functional API" guide for Keras 3,
 * {@code toy_resnet}: {@code img (InputLayer)} with {@code -}, {@code max_pooling2d_2} / {@code (MaxPooling2D)}
 * on two lines, {@code max_pooling2d_2[…} cut with an ellipsis, {@code conv2d_11[0][0],} /
 * {@code max_pooling2d_2[…} on two lines, and the totals {@code  Total params: 223,242 (872.04 KB)} /
 * {@code  Non-trainable params: 0 (0.00 B)} with their leading space;</li>
 * <li>{@code (BatchNormalizatio…} and {@code input_layer} / {@code (InputLayer)} in the same 21-wide column
 * (a Keras 3 ResNet50 summary printed from a training script);</li>
 * <li>the 88-wide table (cells 38, 29, 17) and the 108-wide one (cells 31, 27, 17, 28), with
 * {@code mg1 (Concatenate) │ (None, 8) │ 0 │ han4[0][0], han25[0][0]}, from terminals at least 92 and 112
 * columns wide.</li>
 * </ul>
 * The width is 76 when Python cannot see a terminal (a pipe, a file, a notebook) because Keras caps its default
 * (88 or 108) at the terminal width minus 4 and Python then reports 80 columns.
 */
class Keras3SummaryGoldenTest {
    private static final SummaryOptions KERAS_3 = SummaryOptions.of(SummaryStyle.KERAS_3);

    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    /** Model 1: Flatten on (28, 28) → Dense(10) → Activation('softmax'). */
    private static Sequential model1() {
        return new Sequential(new Flatten().inputShape(28, 28), new Dense(10), new Activation("softmax"));
    }

    /** Model 2 named as Keras 3 names it: inputs {@code input_layer} and {@code input_layer_1}, {@code functional}. */
    private static Model model2() {
        KerasTensor a = Input.of("input_layer", 16);
        KerasTensor b = Input.of("input_layer_1", 8);
        KerasTensor x = new Concatenate().apply(List.of(a, b));
        KerasTensor y = new Dense(1).apply(x);
        Model model = new Model(List.of(a, b), List.of(y));
        model.name("functional");
        return model;
    }

    private static String golden(String name) {
        return Golden.read("golden/summary/" + name);
    }

    @Test
    void model1AsPrintedWithoutATerminal() {
        assertEquals(golden("keras3_model1.txt"), model1().summaryText(KERAS_3));
    }

    @Test
    void model1InAWideTerminalUsesTheDefault88Columns() {
        assertEquals(golden("keras3_model1_wide.txt"), model1().summaryText(KERAS_3.withTerminalWidth(120)));
    }

    @Test
    void model2WrapsNamesAndCutsConnectionsWithAnEllipsis() {
        assertEquals(golden("keras3_model2.txt"), model2().summaryText(KERAS_3));
    }

    @Test
    void model2InAWideTerminalUsesTheDefault108Columns() {
        assertEquals(golden("keras3_model2_wide.txt"), model2().summaryText(KERAS_3.withTerminalWidth(120)));
    }

    @Test
    void anExplicitLineLengthWinsOverTheTerminal() {
        assertEquals(golden("keras3_model2_wide.txt"),
                model2().summaryText(KERAS_3.withLineLength(108).withTerminalWidth(112)));
    }

    @Test
    void longNamesWrapAtTheSpaceBeforeTheClass() {
        Sequential model = new Sequential(new Conv2D(32, 3).inputShape(28, 28, 1), new MaxPooling2D(),
                new BatchNormalization());
        assertEquals(golden("keras3_longnames.txt"), model.summaryText(KERAS_3));
    }

    @Test
    void aWordLongerThanTheCellEndsInAnEllipsis() {
        KerasTensor in = Input.of("input_layer", 8);
        KerasTensor left = new BatchNormalization().apply(in);
        KerasTensor right = new Dense(8).apply(in);
        Model model = new Model(List.of(in), List.of(new Concatenate().apply(List.of(left, right))));
        String[] lines = model.summaryText(KERAS_3).split("\n");
        assertEquals("│ batch_normalization │ (None, 8)         │         32 │ input_layer[0][0] │", lines[7]);
        assertEquals("│ (BatchNormalizatio… │                   │            │                   │", lines[8]);
    }

    /** As quoted from a Keras 3 regression tutorial that printed the summary before the first batch. */
    @Test
    void aModelNotBuiltYetShowsUnknownShapesAndUnbuiltCounts() {
        Sequential model = new Sequential(new Dense(64).activation("relu"), new Dense(64).activation("relu"),
                new Dense(1));
        assertEquals(golden("keras3_unbuilt.txt"), model.summaryText(KERAS_3));
    }

    @Test
    void showTrainableAddsACentredColumnWithADashForLayersWithoutWeights() {
        assertEquals(golden("keras3_show_trainable.txt"), model1().summaryText(KERAS_3.withShowTrainable(true)));
    }

    @Test
    void expandNestedListsInnerLayersAsRowsMarkedWithACorner() {
        Sequential inner = new Sequential(new Dense(4).inputShape(8), new Dense(2));
        Sequential outer = new Sequential(inner, new Dense(1));
        assertEquals(golden("keras3_expand_nested.txt"), outer.summaryText(KERAS_3.withExpandNested(true)));
    }

    @Test
    void linesWiderThanTheTerminalAreCropped() {
        String[] lines = model1().summaryText(KERAS_3.withLineLength(88).withTerminalWidth(60)).split("\n");
        assertEquals(60, lines[1].length());
        assertEquals("┏" + "━".repeat(38) + "┳" + "━".repeat(20), lines[1]);
    }

    @Test
    void columnsNarrowerThanFourCharactersAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model1().summaryText(KERAS_3.withTerminalWidth(12)));
        assertEquals("Insufficient console width to print summary.", e.getMessage());
    }
}
