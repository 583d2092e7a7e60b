package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.UnknownLayerException;
import org.layerwright.core.summary.ModelSummary;
import org.layerwright.core.summary.SummaryJson;
import org.layerwright.core.summary.SummaryRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A layer class Layerwright does not know: strict reading refuses it, lenient reading keeps it as an UnknownLayer
 * whose class name and config survive a round trip, and a model containing it still builds and summarises.
 */
class UnknownLayerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static Map<String, Object> parse(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    private static String input(String name, int features) {
        return "{\"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, " + features + "],"
                + " \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"" + name + "\"}";
    }

    private static String dense(String name, int units) {
        return "{\"class_name\": \"Dense\", \"config\": {\"name\": \"" + name + "\", \"trainable\": true, \"dtype\":"
                + " \"float32\", \"units\": " + units + ", \"activation\": \"relu\", \"use_bias\": true,"
                + " \"kernel_initializer\": {\"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}},"
                + " \"bias_initializer\": {\"class_name\": \"Zeros\", \"config\": {}}, \"kernel_regularizer\": null,"
                + " \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null,"
                + " \"bias_constraint\": null}";
    }

    private static String node(String name, String... inbound) {
        StringBuilder sb = new StringBuilder(", \"name\": \"" + name + "\", \"inbound_nodes\": [");
        if (inbound.length > 0) {
            sb.append('[');
            for (int i = 0; i < inbound.length; i++) {
                sb.append(i > 0 ? ", " : "").append('[').append(inbound[i]).append(", {}]");
            }
            sb.append(']');
        }
        return sb.append("]}").toString();
    }

    private static String functional(String outputs, String... layers) {
        return "{\"class_name\": \"Functional\", \"config\": {\"name\": \"model\", \"layers\": ["
                + String.join(", ", layers) + "], \"input_layers\": [[\"input_1\", 0, 0]], \"output_layers\": ["
                + outputs + "]}, \"keras_version\": \"2.6.0\", \"backend\": \"tensorflow\"}";
    }

    private static final String GATE = "{\"class_name\": \"MyGate\", \"config\": {\"name\": \"my_gate\", \"trainable\":"
            + " true, \"dtype\": \"float32\", \"temperature\": 0.5, \"mode\": [\"soft\", 2]}";

    private static final String MODEL_WITH_GATE = functional("[\"dense_1\", 0, 0]",
            input("input_1", 16) + node("input_1"),
            dense("dense", 8) + node("dense", "\"input_1\", 0, 0"),
            GATE + node("my_gate", "\"dense\", 0, 0"),
            dense("dense_1", 1) + node("dense_1", "\"my_gate\", 0, 0"));

    @Test
    void strictReadingRefusesAnUnknownClass() throws Exception {
        var e = assertThrows(UnknownLayerException.class, () -> Layers.deserialize(parse(MODEL_WITH_GATE)));
        assertEquals("Unknown layer: MyGate. Layerwright does not know this layer class; check its spelling, or"
                + " replace it with a layer from the palette.", e.getMessage());
        assertEquals("MyGate", e.className());
    }

    @Test
    void lenientReadingKeepsClassNameAndConfigVerbatim() throws Exception {
        Map<String, Object> entry = parse(GATE + "}");
        Layer layer = Layers.deserializeLenient(entry);
        assertInstanceOf(UnknownLayer.class, layer);
        assertEquals("MyGate", layer.className());
        assertEquals("my_gate", layer.name());
        assertEquals(GATE + "}", PythonJson.dumps(Layers.serialize(layer)));
        assertEquals("unknown: Layerwright does not know MyGate, so its weights are not counted = 0",
                layer.explainParams());
    }

    @Test
    void anUnknownLayerCannotInferItsOutputShape() {
        Layer layer = new UnknownLayer("MyGate", Map.of("name", "gate"));
        var e = assertThrows(UnknownLayerException.class, () -> layer.computeOutputShapes(List.of(Shape.of(null, 8))));
        assertEquals("Layer 'gate' (MyGate): Layerwright does not know the layer class MyGate, so it cannot infer its"
                + " output shape. Replace it with a layer from the palette, or keep it only to save the model again"
                + " unchanged.", e.getMessage());
    }

    @Test
    void aModelWithAnUnknownLayerSummarisesAndRoundTrips() throws Exception {
        Model model = (Model) Layers.deserializeLenient(parse(MODEL_WITH_GATE));
        ModelSummary summary = model.summarize();
        List<SummaryRow> rows = summary.rows();
        assertEquals(Arrays.asList("input_1", "dense", "my_gate", "dense_1"),
                rows.stream().map(SummaryRow::name).toList());
        assertEquals(List.of(Shape.of(null, 8)), rows.get(1).outputShapes());
        assertEquals(136, rows.get(1).params());
        for (SummaryRow row : rows.subList(2, 4)) {
            assertTrue(row.shapeUnknown(), row.name());
            assertEquals(0, row.params(), row.name());
            assertTrue(row.built(), row.name());
        }
        assertFalse(rows.get(1).shapeUnknown());
        assertEquals("MyGate", rows.get(2).className());
        assertEquals(136, summary.totalParams());
        String text = model.summaryText();
        assertTrue(text.contains("\nmy_gate (MyGate)             ?                         0         \n"), text);
        assertTrue(text.contains("\ndense_1 (Dense)              ?                         0         \n"), text);
        assertEquals(MODEL_WITH_GATE, model.toJson());
        assertNull(model.outputs().get(0).shape());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> jsonRows = (List<Map<String, Object>>) SummaryJson.toMap(summary).get("layers");
        assertEquals(Arrays.asList((Object) null), jsonRows.get(2).get("output_shape"));
    }

    @Test
    void anUnknownLayerWithSeveralOutputsGetsAsManyAsTheModelUses() throws Exception {
        String split = "{\"class_name\": \"MySplit\", \"config\": {\"name\": \"my_split\", \"trainable\": true,"
                + " \"dtype\": \"float32\", \"parts\": 2}";
        String json = functional("[\"dense\", 0, 0], [\"dense_1\", 0, 0]",
                input("input_1", 4) + node("input_1"),
                split + node("my_split", "\"input_1\", 0, 0"),
                dense("dense", 3) + node("dense", "\"my_split\", 0, 0"),
                dense("dense_1", 3) + node("dense_1", "\"my_split\", 0, 1"));
        Model model = (Model) Layers.deserializeLenient(parse(json));
        UnknownLayer layer = (UnknownLayer) model.getLayer("my_split");
        assertEquals(2, layer.outputCount());
        assertEquals(Arrays.asList(null, null), layer.outputShapesOrNull());
        assertEquals(json, model.toJson());
        assertEquals(0, model.countParams());
        String text = model.summaryText();
        assertTrue(text.contains("\nmy_split (MySplit)              [?, ?]               0           input_1[0][0]"),
                text);
    }

    @Test
    void aSequentialModelWithAnUnknownLayerSummarises() throws Exception {
        String json = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"sequential\", \"layers\": ["
                + input("dense_input", 16) + "}, " + dense("dense", 8) + "}, " + GATE + "}, " + dense("dense_1", 1)
                + "}]}, \"keras_version\": \"2.6.0\", \"backend\": \"tensorflow\"}";
        Model model = (Model) Layers.deserializeLenient(parse(json));
        List<SummaryRow> rows = model.summarize().rows();
        assertEquals(3, rows.size());
        assertTrue(rows.get(1).shapeUnknown());
        assertTrue(rows.get(2).shapeUnknown());
        assertTrue(model.summaryText().contains("my_gate (MyGate)             ?                         0"),
                model.summaryText());
        assertEquals(json, model.toJson());
    }

    @Test
    void aKnownWrapperAroundAnUnknownLayerBecomesUnknownAsAWhole() throws Exception {
        String json = "{\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"bidirectional\", \"trainable\":"
                + " true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"MyCell\", \"config\": {\"name\":"
                + " \"my_cell\"}}, \"merge_mode\": \"concat\"}}";
        var strict = assertThrows(UnknownLayerException.class, () -> Layers.deserialize(parse(json)));
        assertEquals("MyCell", strict.className());
        Layer layer = Layers.deserializeLenient(parse(json));
        assertInstanceOf(UnknownLayer.class, layer);
        assertEquals("Bidirectional", layer.className());
        assertEquals(json, PythonJson.dumps(Layers.serialize(layer)));
    }

    @Test
    void layersAfterAnUnknownOneAreCalledButNotBuilt() {
        KerasTensor x = Input.of(8);
        KerasTensor unknown = new UnknownLayer("MyGate", Map.of("name", "gate")).apply(x);
        Layer dense = new org.layerwright.core.layers.core.Dense(4);
        KerasTensor y = dense.apply(unknown);
        assertFalse(y.isShapeKnown());
        assertFalse(dense.isBuilt());
        assertEquals("not built yet: the count is known once the input shape is", dense.explainParams());
        assertEquals("KerasTensor(shape=?, dtype=float32, created by layer 'dense')", y.toString());
    }
}
