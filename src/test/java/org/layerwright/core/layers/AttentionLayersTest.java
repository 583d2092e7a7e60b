package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.layers.attention.AdditiveAttention;
import org.layerwright.core.layers.attention.Attention;
import org.layerwright.core.layers.attention.MultiHeadAttention;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attention, AdditiveAttention and MultiHeadAttention: shapes, weights, Keras 2.6 configs, errors. */
class AttentionLayersTest {
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
    void dotProductAttentionTakesTheValueFeatures() {
        LayerContract.of(new Attention()).input(null, 8, 16).input(null, 10, 16).outputs(Shape.of(null, 8, 16))
                .params(0, 0).weights().check();
        LayerContract.of(new Attention()).input(null, 8, 16).input(null, 10, 32).input(null, 10, 16)
                .outputs(Shape.of(null, 8, 32)).check();
        Layer scaled = LayerContract.of(new Attention().useScale(true)).input(null, 8, 16).input(null, 10, 16)
                .params(1, 0).weights(Shape.scalar()).check();
        assertEquals(List.of("attention_2/scale:0"), weightNames(scaled));
        assertEquals("one learned scale = 1", scaled.explainParams());
    }

    @Test
    void attentionConfigIsCausalDropoutUseScale() {
        Map<String, Object> config = new Attention().getConfig();
        assertEquals("{\"name\": \"attention\", \"trainable\": true, \"dtype\": \"float32\", \"causal\": false,"
                + " \"dropout\": 0.0, \"use_scale\": false}", PythonJson.dumps(config));
        var causal = (Attention) new Attention().causal(true).dropout(0.1);
        assertEquals("{\"name\": \"attention_1\", \"trainable\": true, \"dtype\": \"float32\", \"causal\": true,"
                + " \"dropout\": 0.1, \"use_scale\": false}", PythonJson.dumps(causal.getConfig()));
        LayerContract.checkConfigRoundTrip(causal);
    }

    @Test
    void additiveAttentionScalesEachFeature() {
        Layer layer = LayerContract.of(new AdditiveAttention()).input(null, 8, 16).input(null, 10, 16)
                .outputs(Shape.of(null, 8, 16)).params(16, 0).weights(Shape.of(16)).check();
        assertEquals(List.of("additive_attention/scale:0"), weightNames(layer));
        assertEquals("one scale per value feature: 16 = 16", layer.explainParams());
        assertEquals(true, layer.getConfig().get("use_scale"));
        LayerContract.of(new AdditiveAttention().useScale(false)).input(null, 8, 16).input(null, 10, 16)
                .params(0, 0).check();
    }

    @Test
    void multiHeadAttentionProjectsQueryKeyValueAndOutput() {
        Layer mha = LayerContract.of(new MultiHeadAttention(2, 4)).input(null, 8, 16).input(null, 8, 16)
                .outputs(Shape.of(null, 8, 16)).params(552, 0)
                .weights(Shape.of(16, 2, 4), Shape.of(2, 4), Shape.of(16, 2, 4), Shape.of(2, 4), Shape.of(16, 2, 4),
                        Shape.of(2, 4), Shape.of(2, 4, 16), Shape.of(16)).check();
        assertEquals(List.of("multi_head_attention/query/kernel:0", "multi_head_attention/query/bias:0",
                "multi_head_attention/key/kernel:0", "multi_head_attention/key/bias:0",
                "multi_head_attention/value/kernel:0", "multi_head_attention/value/bias:0",
                "multi_head_attention/attention_output/kernel:0", "multi_head_attention/attention_output/bias:0"),
                weightNames(mha));
        assertEquals("query 16 × 2 × 4 + 2 × 4 = 136; key 16 × 2 × 4 + 2 × 4 = 136; value 16 × 2 × 4 + 2 × 4 = 136;"
                + " attention_output 2 × 4 × 16 + 16 = 144; total 552", mha.explainParams());
        assertEquals("2 heads of size 4 attend over axes [1]; each query position is projected back to 16 features",
                mha.explainShape());
    }

    @Test
    void multiHeadAttentionConfigRecordsTheBuildSignature() {
        MultiHeadAttention mha = new MultiHeadAttention(2, 4);
        assertEquals(List.of("name", "trainable", "dtype", "num_heads", "key_dim", "value_dim", "dropout", "use_bias",
                "output_shape", "attention_axes", "kernel_initializer", "bias_initializer", "kernel_regularizer",
                "bias_regularizer", "activity_regularizer", "kernel_constraint", "bias_constraint", "query_shape",
                "key_shape", "value_shape"), new ArrayList<>(mha.getConfig().keySet()));
        assertEquals(4, mha.getConfig().get("value_dim"));
        assertEquals(null, mha.getConfig().get("attention_axes"));
        KerasTensor x = Input.of(8, 16);
        mha.apply(List.of(x, x));
        String json = PythonJson.dumps(mha.getConfig());
        assertEquals(true, json.contains("\"attention_axes\": [1], "), json);
        assertEquals(true, json.endsWith("\"query_shape\": [null, 8, 16], \"key_shape\": [null, 8, 16],"
                + " \"value_shape\": [null, 8, 16]}"), json);
    }

    @Test
    void multiHeadAttentionWithKeyValueDimAndOutputShape() {
        Layer mha = LayerContract.of(new MultiHeadAttention(2, 4).valueDim(8).outputShape(32).useBias(false))
                .input(null, 8, 16).input(null, 10, 12).input(null, 10, 20).outputs(Shape.of(null, 8, 32))
                .params(16 * 8 + 20 * 8 + 12 * 16 + 16 * 32, 0)
                .weights(Shape.of(16, 2, 4), Shape.of(20, 2, 4), Shape.of(12, 2, 8), Shape.of(2, 8, 32)).check();
        assertEquals(32, mha.getConfig().get("output_shape"));
        LayerContract.of(new MultiHeadAttention(3, 2).outputShape(4, 5)).input(null, 6, 6, 9).input(null, 6, 6, 9)
                .outputs(Shape.of(null, 6, 6, 4, 5)).check();
    }

    @Test
    void multiHeadAttentionIsWiredAsKerasWritesIt() throws Exception {
        KerasTensor query = Input.of(8, 16);
        KerasTensor value = Input.of(10, 16);
        KerasTensor y = new MultiHeadAttention(2, 4).apply(List.of(query, value));
        Model model = new Model(List.of(query, value), List.of(y));
        String json = model.toJson();
        assertTrue(json.contains("\"inbound_nodes\": [[[\"input_1\", 0, 0, {\"value\": [\"input_2\", 0, 0]}]]]"),
                json);
        Map<String, Object> parsed = new ObjectMapper().readValue(json, new TypeReference<Map<String, Object>>() { });
        Model copy = (Model) Layers.deserialize(parsed);
        assertEquals(json, copy.toJson());
        assertEquals(552, copy.countParams());
        assertEquals(List.of("input_1[0][0]", "input_2[0][0]"), copy.summarize().rows().get(2).connectedTo());
    }

    @Test
    void attentionNeedsTwoOrThreeInputs() {
        KerasTensor q = Input.of(8, 16);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Attention().apply(List.of(q)));
        assertEquals("Layer 'attention' (Attention): Attention layer accepts inputs list of length 2 or 3, namely"
                + " [query, value] or [query, value, key]. Received length: 1. Connect the query, then the value, and"
                + " optionally the key.", e.getMessage());
    }

    @Test
    void dotProductAttentionNeedsMatchingQueryAndKeyFeatures() {
        KerasTensor q = Input.of(8, 16);
        KerasTensor v = Input.of(10, 12);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Attention().apply(List.of(q, v)));
        assertEquals("Layer 'attention' (Attention) cannot take inputs [(None, 8, 16), (None, 10, 12)] ([query,"
                + " value]): the query has 16 features but the key has 12, and a dot-product score needs the same"
                + " number. Project one of them with a Dense layer to the other's size, or use MultiHeadAttention,"
                + " which projects both.", e.getMessage());
    }

    @Test
    void multiHeadAttentionNeedsSequences() {
        KerasTensor flat = Input.of(16);
        var e = assertThrows(IncompatibleShapeException.class,
                () -> new MultiHeadAttention(2, 4).apply(List.of(flat, flat)));
        assertEquals("Layer 'multi_head_attention' (MultiHeadAttention) cannot take inputs [(None, 16), (None, 16)]"
                + " ([query, value]): query, value and key must have the same rank, 3 or more (batch, steps,"
                + " features). Add a steps axis (Reshape, Embedding) so that each input is a sequence.",
                e.getMessage());
    }
}
