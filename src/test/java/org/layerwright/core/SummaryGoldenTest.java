package org.layerwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.layers.core.Activation;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.core.summary.SummaryOptions;
import org.layerwright.core.summary.SummaryStyle;
import org.layerwright.testing.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every worked summary of the Keras reference (§1.10), byte for byte, in every style it shows. */
class SummaryGoldenTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    /** Model 1: Flatten on (28, 28) → Dense(10) → Activation('softmax'). */
    static Sequential model1() {
        return new Sequential(new Flatten().inputShape(28, 28), new Dense(10), new Activation("softmax"));
    }

    /** Model 2: two inputs concatenated, then Dense(1). */
    static Model model2() {
        KerasTensor a = Input.of(16);
        KerasTensor b = Input.of(8);
        KerasTensor x = new Concatenate().apply(List.of(a, b));
        KerasTensor y = new Dense(1).apply(x);
        return new Model(List.of(a, b), List.of(y));
    }

    static String text(Model model, SummaryStyle style) {
        return model.summaryText(SummaryOptions.of(style));
    }

    @ParameterizedTest
    @CsvSource({"TF_2_6, tf26", "TF_2_12, tf212", "TF_2_15, tf215"})
    void model1(SummaryStyle style, String prefix) {
        assertEquals(Golden.read("golden/summary/" + prefix + "_model1.txt"), text(model1(), style));
    }

    @ParameterizedTest
    @CsvSource({"TF_2_6, tf26", "TF_2_12, tf212", "TF_2_15, tf215"})
    void model2(SummaryStyle style, String prefix) {
        assertEquals(Golden.read("golden/summary/" + prefix + "_model2.txt"), text(model2(), style));
    }

    @Test
    void multiBackendKeras22UsesOneBasedNamesAndNoModelLine() {
        Sequential m1 = new Sequential(new Flatten().inputShape(28, 28).name("flatten_1"),
                new Dense(10).name("dense_1"), new Activation("softmax").name("activation_1"));
        assertEquals(Golden.read("golden/summary/keras22_model1.txt"), text(m1, SummaryStyle.KERAS_2_2));
        KerasTensor a = Input.of(16);
        KerasTensor b = Input.of(8);
        KerasTensor x = new Concatenate().name("concatenate_1").apply(List.of(a, b));
        Model m2 = new Model(List.of(a, b), List.of(new Dense(1).name("dense_1").apply(x)));
        assertEquals(Golden.read("golden/summary/keras22_model2.txt"), text(m2, SummaryStyle.KERAS_2_2));
    }

    /**
     * Keras 1.2: always four columns (line length 100, positions .33/.55/.67), no {@code Model:} line, input shapes
     * as tuples, and Sequential rows connected to the automatic input layer.
     */
    @Test
    void keras1AlwaysPrintsFourColumns() {
        KerasTensor a = Input.of(16);
        KerasTensor b = Input.of(8);
        KerasTensor x = new Concatenate().name("merge_1").apply(List.of(a, b));
        Model m2 = new Model(List.of(a, b), List.of(new Dense(1).name("dense_1").apply(x)));
        assertEquals(Golden.read("golden/summary/keras1_model2.txt"), text(m2, SummaryStyle.KERAS_1));
        Sequential m1 = new Sequential(new Flatten().inputShape(28, 28).name("flatten_1"),
                new Dense(10).name("dense_2"), new Activation("softmax").name("activation_1"));
        assertEquals(Golden.read("golden/summary/keras1_sequential.txt"), text(m1, SummaryStyle.KERAS_1));
    }

    @ParameterizedTest
    @CsvSource({"TF_2_6, tf26", "TF_2_12, tf212", "TF_2_15, tf215"})
    void longClassNamesAreTruncatedOrWrapped(SummaryStyle style, String prefix) {
        Sequential model = new Sequential(new Conv2D(32, 3).inputShape(28, 28, 1), new MaxPooling2D(),
                new BatchNormalization());
        assertEquals(Golden.read("golden/summary/" + prefix + "_longnames.txt"), text(model, style));
    }

    @Test
    void showTrainableAddsAColumn() {
        String expected = Golden.read("golden/summary/tf212_show_trainable.txt");
        assertEquals(expected, model1().summaryText(SummaryOptions.of(SummaryStyle.TF_2_12).withShowTrainable(true)));
    }

    @ParameterizedTest
    @CsvSource({"TF_2_12, tf212", "TF_2_15, tf215"})
    void expandNestedDrawsTheInnerLayers(SummaryStyle style, String prefix) {
        Sequential inner = new Sequential(new Dense(4).inputShape(8), new Dense(2));
        Sequential outer = new Sequential(inner, new Dense(1));
        List<String> lines = new ArrayList<>();
        outer.summary(SummaryOptions.of(style).withExpandNested(true).withPrintFn(lines::add));
        String expected = Golden.read("golden/summary/" + prefix + "_expand_nested_table.txt");
        int tableEnd = lines.lastIndexOf("=".repeat(65));
        assertEquals(expected, String.join("\n", lines.subList(0, tableEnd + 1)) + "\n");
    }

    @Test
    void expandNestedIsRefusedForStylesThatHadNoSuchOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model1().summaryText(SummaryOptions.defaults().withExpandNested(true)));
        assertEquals("expand_nested exists from Keras 2.7 on; style tf-2.6 has no such option. Pick style tf-2.12"
                + " or tf-2.15.", e.getMessage());
    }

    @Test
    void lineLengthScalesFractionalPositions() {
        String text = model1().summaryText(SummaryOptions.defaults().withLineLength(80));
        String[] lines = text.split("\n");
        assertEquals("_".repeat(80), lines[1]);
        assertEquals(80, lines[2].length());
        assertEquals("Layer (type)" + " ".repeat(24) + "Output Shape" + " ".repeat(20) + "Param #     ", lines[2]);
    }

    @Test
    void summaryBeforeBuildSaysHowToBuild() {
        Sequential unbuilt = new Sequential(new Dense(4), new Dense(2));
        RuntimeException e = assertThrows(RuntimeException.class, unbuilt::summary);
        assertEquals("This model has not yet been built. Build the model first by calling `build()` or calling"
                + " `fit()` with some data, or specify an `input_shape` argument in the first layer(s) for automatic"
                + " build.", e.getMessage());
    }
}
