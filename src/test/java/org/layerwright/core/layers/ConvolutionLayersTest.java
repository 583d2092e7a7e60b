package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.layers.convolution.Conv1DTranspose;
import org.layerwright.core.layers.convolution.Conv2DTranspose;
import org.layerwright.core.layers.convolution.Conv3D;
import org.layerwright.core.layers.convolution.Conv3DTranspose;
import org.layerwright.core.layers.convolution.ConvLSTM2D;
import org.layerwright.core.layers.convolution.DepthwiseConv1D;
import org.layerwright.core.layers.convolution.DepthwiseConv2D;
import org.layerwright.core.layers.convolution.SeparableConv1D;
import org.layerwright.core.layers.convolution.SeparableConv2D;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer contract and error wording for the convolution layers beyond Conv1D and Conv2D. */
class ConvolutionLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    static List<String> keys(Layer layer) {
        return new ArrayList<>(layer.getConfig().keySet());
    }

    static List<String> weightPaths(Layer layer) {
        List<String> paths = new ArrayList<>();
        for (WeightSpec w : layer.weightSpecs()) {
            paths.add(w.path());
        }
        return paths;
    }

    @Test
    void conv3d() {
        var layer = LayerContract.of(new Conv3D(8, 3)).input(null, 16, 64, 64, 1)
                .outputs(Shape.of(null, 14, 62, 62, 8)).params(224, 0).weights(Shape.of(3, 3, 3, 1, 8), Shape.of(8))
                .check();
        assertEquals("8 × (1 × 3 × 3 × 3 + 1) = 224", layer.explainParams());
        assertEquals("[3, 3, 3]", layer.getConfig().get("kernel_size").toString());
    }

    @Test
    void conv2dTransposeSwapsInAndOut() {
        var layer = LayerContract.of(new Conv2DTranspose(16, 3).strides(2)).input(null, 14, 14, 32)
                .outputs(Shape.of(null, 29, 29, 16)).params(4624, 0).weights(Shape.of(3, 3, 16, 32), Shape.of(16))
                .check();
        assertEquals("16 × (32 × 3 × 3 + 1) = 4,624", layer.explainParams());
        assertEquals("14 × 2 + max(3 − 2, 0) = 29; 14 × 2 + max(3 − 2, 0) = 29; channels → 16 filters",
                layer.explainShape());
        assertEquals(List.of("name", "trainable", "dtype", "filters", "kernel_size", "strides", "padding",
                "data_format", "dilation_rate", "groups", "activation", "use_bias", "kernel_initializer",
                "bias_initializer", "kernel_regularizer", "bias_regularizer", "activity_regularizer",
                "kernel_constraint", "bias_constraint", "output_padding"), keys(layer));
        assertEquals(null, layer.getConfig().get("output_padding"));
    }

    @Test
    void conv2dTransposeSamePaddingAndOutputPadding() {
        LayerContract.of(new Conv2DTranspose(16, 3).strides(2).padding("same")).input(null, 14, 14, 32)
                .outputs(Shape.of(null, 28, 28, 16)).check();
        Keras.clearSession();
        var padded = LayerContract.of(new Conv2DTranspose(16, 3).strides(2).outputPadding(1)).input(null, 14, 14, 32)
                .outputs(Shape.of(null, 30, 30, 16)).check();
        assertEquals("(14 − 1) × 2 + 3 − 2 × 0 + 1 = 30; (14 − 1) × 2 + 3 − 2 × 0 + 1 = 30; channels → 16 filters",
                padded.explainShape());
        assertTrue(PythonJson.dumps(padded.getConfig()).endsWith(", \"output_padding\": [1, 1]}"));
    }

    @Test
    void conv1dAnd3dTranspose() {
        LayerContract.of(new Conv1DTranspose(16, 3).strides(2)).input(null, 50, 32).outputs(Shape.of(null, 101, 16))
                .params(3 * 16 * 32 + 16, 0).weights(Shape.of(3, 16, 32), Shape.of(16)).check();
        LayerContract.of(new Conv3DTranspose(8, 3).strides(2).padding("same")).input(null, 8, 8, 8, 16)
                .outputs(Shape.of(null, 16, 16, 16, 8)).params(27 * 8 * 16 + 8, 0)
                .weights(Shape.of(3, 3, 3, 8, 16), Shape.of(8)).check();
    }

    @Test
    void separableConv2d() {
        var layer = LayerContract.of(new SeparableConv2D(64, 3)).input(null, 32, 32, 32)
                .outputs(Shape.of(null, 30, 30, 64)).params(2400, 0)
                .weights(Shape.of(3, 3, 32, 1), Shape.of(1, 1, 32, 64), Shape.of(64)).check();
        assertEquals("3 × 3 × 32 × 1 + 32 × 1 × 64 + 64 = 2,400", layer.explainParams());
        assertEquals(List.of("depthwise_kernel", "pointwise_kernel", "bias"), weightPaths(layer));
        // As a real tf.keras Xception file shows: the Conv keys first, then the depthwise and pointwise ones.
        assertEquals(List.of("name", "trainable", "dtype", "filters", "kernel_size", "strides", "padding",
                "data_format", "dilation_rate", "groups", "activation", "use_bias", "kernel_initializer",
                "bias_initializer", "kernel_regularizer", "bias_regularizer", "activity_regularizer",
                "kernel_constraint", "bias_constraint", "depth_multiplier", "depthwise_initializer",
                "pointwise_initializer", "depthwise_regularizer", "pointwise_regularizer", "depthwise_constraint",
                "pointwise_constraint"), keys(layer));
    }

    @Test
    void separableConv1dWithDepthMultiplier() {
        LayerContract.of(new SeparableConv1D(64, 3)).input(null, 100, 32).outputs(Shape.of(null, 98, 64))
                .params(3 * 32 + 32 * 64 + 64, 0).weights(Shape.of(3, 32, 1), Shape.of(1, 32, 64), Shape.of(64))
                .check();
        Keras.clearSession();
        LayerContract.of(new SeparableConv1D(8, 3).depthMultiplier(2).useBias(false)).input(null, 10, 4)
                .outputs(Shape.of(null, 8, 8)).params(3 * 4 * 2 + 4 * 2 * 8, 0).check();
    }

    @Test
    void depthwiseConv2d() {
        var layer = LayerContract.of(new DepthwiseConv2D(3)).input(null, 32, 32, 32)
                .outputs(Shape.of(null, 30, 30, 32)).params(320, 0).weights(Shape.of(3, 3, 32, 1), Shape.of(32))
                .check();
        assertEquals("32 × 1 × (3 × 3 + 1) = 320", layer.explainParams());
        assertEquals(List.of("depthwise_kernel", "bias"), weightPaths(layer));
        assertEquals(List.of("name", "trainable", "dtype", "kernel_size", "strides", "padding", "data_format",
                "dilation_rate", "groups", "activation", "use_bias", "bias_initializer", "bias_regularizer",
                "activity_regularizer", "bias_constraint", "depth_multiplier", "depthwise_initializer",
                "depthwise_regularizer", "depthwise_constraint"), keys(layer));
        Keras.clearSession();
        var doubled = LayerContract.of(new DepthwiseConv2D(3).depthMultiplier(2).padding("same"))
                .input(null, 8, 8, 3).outputs(Shape.of(null, 8, 8, 6)).params(3 * 3 * 3 * 2 + 6, 0)
                .weights(Shape.of(3, 3, 3, 2), Shape.of(6)).check();
        assertEquals("8 (padding same) = 8; 8 (padding same) = 8; channels → 3 × 2 = 6", doubled.explainShape());
    }

    @Test
    void depthwiseConv1d() {
        LayerContract.of(new DepthwiseConv1D(5).padding("same")).input(null, 100, 16)
                .outputs(Shape.of(null, 100, 16)).params(5 * 16 + 16, 0).weights(Shape.of(5, 16, 1), Shape.of(16))
                .check();
    }

    @Test
    void convLstm2d() {
        var layer = LayerContract.of(new ConvLSTM2D(40, 3).returnSequences(true)).input(null, 10, 40, 40, 1)
                .outputs(Shape.of(null, 10, 38, 38, 40)).params(59200, 0)
                .weights(Shape.of(3, 3, 1, 160), Shape.of(3, 3, 40, 160), Shape.of(160)).check();
        assertEquals("4 gates × 40 × (3 × 3 × 1 + 3 × 3 × 40 + 1) = 59,200", layer.explainParams());
        assertEquals(List.of("conv_lst_m2d_cell/kernel", "conv_lst_m2d_cell/recurrent_kernel",
                "conv_lst_m2d_cell/bias"), weightPaths(layer));
        assertEquals("conv_lst_m2d", layer.name());
        assertEquals(List.of("name", "trainable", "dtype", "return_sequences", "return_state", "go_backwards",
                "stateful", "unroll", "time_major", "filters", "kernel_size", "strides", "padding", "data_format",
                "dilation_rate", "activation", "recurrent_activation", "use_bias", "kernel_initializer",
                "recurrent_initializer", "bias_initializer", "unit_forget_bias", "kernel_regularizer",
                "recurrent_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint",
                "recurrent_constraint", "bias_constraint", "dropout", "recurrent_dropout"), keys(layer));
        assertEquals("hard_sigmoid", layer.getConfig().get("recurrent_activation"));
        Keras.clearSession();
        LayerContract.of(new ConvLSTM2D(4, 3).padding("same").returnState(true)).input(null, null, 8, 8, 2)
                .outputs(Shape.of(null, 8, 8, 4), Shape.of(null, 8, 8, 4), Shape.of(null, 8, 8, 4)).check();
    }

    @Test
    void depthwiseRefusesCausalPadding() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new DepthwiseConv1D(3).padding("causal"));
        assertEquals("Invalid value for `padding` of DepthwiseConv1D: expected one of [valid, same], received"
                + " padding=causal.", e.getMessage());
    }

    @Test
    void outputPaddingMustBeBelowTheStride() {
        var e = assertThrows(InvalidLayerArgumentException.class,
                () -> new Conv2DTranspose(16, 3).strides(2).outputPadding(2));
        assertEquals("Invalid value for `output_padding` of Conv2DTranspose: expected non-negative values smaller"
                + " than the strides [2, 2], received output_padding=[2, 2]. Stride [2, 2] must be greater than"
                + " output padding [2, 2]; use a smaller output_padding or larger strides.", e.getMessage());
    }

    @Test
    void depthwiseOnAFlatImageSuggestsAChannelAxis() {
        KerasTensor x = Input.of(28, 28);
        var e = assertThrows(IncompatibleShapeException.class, () -> new DepthwiseConv2D(3).apply(x));
        assertEquals("Layer 'depthwise_conv2d' (DepthwiseConv2D) cannot take input shape (None, 28, 28): expected"
                + " rank 4 (batch, height, width, channels), found rank 3. Add a channel axis first, e.g."
                + " Reshape(28, 28, 1).", e.getMessage());
    }

    @Test
    void convLstmNeedsATimeAxis() {
        KerasTensor x = Input.of(40, 40, 1);
        var e = assertThrows(IncompatibleShapeException.class, () -> new ConvLSTM2D(8, 3).apply(x));
        assertEquals("Layer 'conv_lst_m2d' (ConvLSTM2D) cannot take input shape (None, 40, 40, 1): expected rank 5"
                + " (batch, time, height, width, channels), found rank 4. Add a time axis first, e.g."
                + " Reshape((1, h, w, c)), or use Conv2D for single images.", e.getMessage());
    }

    @Test
    void separableConv2dFromXception() {
        // Written by tf.keras 2.2.4-tf, before Conv gained `groups` (TF 2.3): the rest matches key for key.
        Layer layer = Layers.deserialize(RealLayerConfigs.read("tf224_xception_block2_sepconv1.json"));
        layer.build(Shape.of(null, 147, 147, 64));
        assertEquals(3 * 3 * 64 + 64 * 128, layer.countParams());
        Map<String, Object> serialized = Layers.serialize(layer);
        ((Map<?, ?>) serialized.get("config")).remove("groups");
        assertEquals(RealLayerConfigs.text("tf224_xception_block2_sepconv1.json"), PythonJson.dumps(serialized));
    }

    @Test
    void depthwiseConv2dFromMobileNet() {
        Layer layer = Layers.deserialize(RealLayerConfigs.read("tf224_mobilenet_conv_dw_1.json"));
        layer.build(Shape.of(null, 112, 112, 32));
        assertEquals(3 * 3 * 32, layer.countParams());
        Map<String, Object> serialized = Layers.serialize(layer);
        ((Map<?, ?>) serialized.get("config")).remove("groups");
        assertEquals(RealLayerConfigs.text("tf224_mobilenet_conv_dw_1.json"), PythonJson.dumps(serialized));
    }

    @Test
    void registeredInTheCatalogue() {
        for (String name : List.of("Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose",
                "SeparableConv1D", "SeparableConv2D", "DepthwiseConv1D", "DepthwiseConv2D")) {
            assertEquals(LayerCatalog.Group.CONVOLUTION, LayerCatalog.find(name).group(), name);
        }
        for (String name : List.of("ConvLSTM2D")) {
            assertEquals(LayerCatalog.Group.RECURRENT, LayerCatalog.find(name).group(), name);
        }
    }
}
