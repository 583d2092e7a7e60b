package org.layerwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.layerwright.core.errors.InvalidGraphException;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.merging.Add;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.reshaping.Flatten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sequential, functional and nested models: names, layer order, nodes, shared layers, configs. */
class ModelApiTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void defaultNamesFollowTfKerasAndClearSessionStartsAgain() {
        assertEquals("dense", new Dense(1).name());
        assertEquals("dense_1", new Dense(1).name());
        assertEquals("max_pooling2d", Keras.toSnakeCase("MaxPooling2D"));
        assertEquals("conv2d_transpose", Keras.toSnakeCase("Conv2DTranspose"));
        assertEquals("input_1", Input.of(3).layer().name());
        assertEquals("input_2", Input.of(3).layer().name());
        assertEquals("sequential", new Sequential().name());
        Keras.clearSession();
        assertEquals("dense", new Dense(1).name());
        assertEquals("input_1", Input.of(3).layer().name());
    }

    @Test
    void aGivenNameIsUsedAsItIsAndLeavesTheCounterAlone() {
        assertEquals("logits", new Dense(1).name("logits").name());
        assertEquals("dense", new Dense(1).name());
    }

    @Test
    void sequentialCreatesANamedInputLayerAndHidesIt() {
        Flatten flatten = new Flatten();
        Sequential model = new Sequential(flatten.inputShape(28, 28), new Dense(10));
        assertEquals(2, model.layers().size());
        assertSame(flatten, model.layers().get(0));
        assertEquals("flatten_input", model.inputLayer().name());
        assertEquals(Shape.of(null, 28, 28), model.inputs().get(0).shape());
        assertEquals(Shape.of(null, 10), model.outputs().get(0).shape());
        Layer popped = model.pop();
        assertEquals("dense", popped.name());
        assertEquals(Shape.of(null, 784), model.outputs().get(0).shape());
        assertEquals(List.of(flatten), model.layers());
    }

    @Test
    void sequentialWithoutInputShapeIsBuiltLater() {
        Sequential model = new Sequential(new Dense(4), new Dense(2));
        assertFalse(model.isBuilt());
        model.build(Shape.of(null, 8));
        assertEquals("dense_input", model.inputLayer().name());
        assertEquals(4 * 9 + 2 * 5, model.countParams());
    }

    @Test
    void duplicateNamesInASequentialAreRefusedWithKerassWording() {
        Sequential model = new Sequential(new Dense(4).inputShape(3).name("dense"));
        var e = assertThrows(InvalidGraphException.class, () -> model.add(new Dense(2).name("dense")));
        assertEquals("All layers added to a Sequential model should have unique names. Name \"dense\" is already the"
                + " name of a layer in this model. Update the `name` argument to pass a unique name.", e.getMessage());
    }

    @Test
    void functionalLayerOrderIsByDepthThenDiscoveryOrder() {
        KerasTensor a = Input.of(4);
        KerasTensor b = Input.of(4);
        KerasTensor left = new Dense(4).name("left").apply(a);
        KerasTensor right = new Dense(4).name("right").apply(b);
        KerasTensor sum = new Add().apply(List.of(left, right));
        Model model = new Model(List.of(a, b), List.of(sum));
        assertEquals(List.of("input_1", "input_2", "left", "right", "add"),
                model.layers().stream().map(Layer::name).toList());
        assertEquals(List.of(a, b), model.inputs());
        assertEquals("model", model.name());
    }

    @Test
    void nodesRecordEveryCallAndSharedLayersHaveSeveral() {
        KerasTensor a = Input.of(8);
        KerasTensor b = Input.of(8);
        Dense shared = new Dense(4);
        KerasTensor ya = shared.apply(a);
        KerasTensor yb = shared.apply(b);
        assertEquals(2, shared.inboundNodes().size());
        assertEquals(0, ya.nodeIndex());
        assertEquals(1, yb.nodeIndex());
        assertSame(shared.inboundNodes().get(1), yb.node());
        assertEquals(List.of(shared.inboundNodes().get(0)), a.layer().outboundNodes());
        Model model = new Model(List.of(a, b), List.of(new Concatenate().apply(List.of(ya, yb))));
        String text = model.summaryText();
        assertTrue(text.contains("dense (Dense)                   (None, 4)            36          input_1[0][0]"),
                text);
        assertTrue(text.contains("                                                                 input_2[0][0]"),
                text);
        assertTrue(text.contains("concatenate (Concatenate)       (None, 8)            0           dense[0][0]"),
                text);
        assertTrue(text.contains("                                                                 dense[1][0]"),
                text);
        assertEquals(36, model.countParams());
    }

    @Test
    void sharedLayerWithDifferentOutputShapesPrintsMultiple() {
        Dense shared = new Dense(2);
        KerasTensor x = Input.of(3, 5);
        KerasTensor y = Input.of(5);
        Model model = new Model(List.of(x, y), List.of(shared.apply(x), shared.apply(y)));
        assertNull(shared.outputShapesOrNull());
        assertTrue(model.summaryText().contains("dense (Dense)                   multiple"));
    }

    @Test
    void aNestedModelIsCalledAsNodeOneAndSavedThatWay() {
        KerasTensor innerIn = Input.of(8);
        Model inner = new Model(innerIn, new Dense(4).apply(innerIn));
        KerasTensor x = Input.of(8);
        KerasTensor y = new Dense(1).apply(inner.apply(x));
        Model outer = new Model(x, y);
        assertEquals(1, inner.inboundNodes().get(1).index());
        assertEquals(List.of("input_2", "model", "dense_1"), outer.layers().stream().map(Layer::name).toList());
        String json = outer.toJson();
        assertTrue(json.contains("\"name\": \"dense_1\", \"inbound_nodes\": [[[\"model\", 1, 0, {}]]]"), json);
        assertEquals(36 + 5, outer.countParams());
        Keras.clearSession();
        Model reread = org.layerwright.io.Models.modelFromJson(json);
        assertEquals(json, reread.toJson());
    }

    @Test
    void aCycleOrDisconnectedInputIsReportedPlainly() {
        KerasTensor a = Input.of(4);
        KerasTensor b = Input.of(4);
        KerasTensor y = new Dense(1).apply(b);
        var e = assertThrows(InvalidGraphException.class, () -> new Model(a, y));
        assertTrue(e.getMessage().startsWith("Graph disconnected: cannot obtain value for tensor"), e.getMessage());
    }

    @Test
    void lstmWithReturnStateHasThreeOutputs() {
        KerasTensor x = Input.of(5, 3);
        List<KerasTensor> outs = new LSTM(8).returnState(true).applyAll(x);
        Model model = new Model(List.of(x), outs);
        assertEquals(List.of(Shape.of(null, 8), Shape.of(null, 8), Shape.of(null, 8)),
                model.summarize().rows().get(1).outputShapes());
        assertTrue(model.summaryText().contains("lstm (LSTM)                  [(None, 8), (None, 8), (N 384"));
    }

    @Test
    void configIsAPlainOrderedMap() {
        Map<String, Object> config = new Dense(3).activation("relu").getConfig();
        assertEquals(List.of("name", "trainable", "dtype", "units", "activation", "use_bias", "kernel_initializer",
                "bias_initializer", "kernel_regularizer", "bias_regularizer", "activity_regularizer",
                "kernel_constraint", "bias_constraint"), List.copyOf(config.keySet()));
    }

    @Test
    void addLossOnAFunctionalModelInsertsAnAddLossLayer() {
        KerasTensor x = Input.of(4);
        KerasTensor h = new Dense(3).apply(x);
        Model model = new Model(x, new Dense(1).apply(h));
        model.addLoss(h);
        List<Layer> layers = model.layers();
        assertEquals("add_loss", layers.get(layers.size() - 1).name());
        assertTrue(model.toJson().contains("{\"class_name\": \"AddLoss\", \"config\": {\"name\": \"add_loss\","
                + " \"trainable\": true, \"dtype\": \"float32\", \"unconditional\": false}, \"name\": \"add_loss\","
                + " \"inbound_nodes\": [[[\"dense\", 0, 0, {}]]]}"), model.toJson());
        assertEquals(1, model.losses().size());
    }

    @Test
    void absolutePositionsAreUsedAsGiven() {
        Sequential model = new Sequential(new Dense(2).inputShape(3));
        String[] lines = model.summaryText(org.layerwright.core.summary.SummaryOptions.defaults()
                .withPositions(List.of(20.0, 40.0, 50.0)).withLineLength(50)).split("\n");
        assertEquals("Layer (type)        Output Shape        Param #   ", lines[2]);
        assertEquals("dense (Dense)       (None, 2)           8         ", lines[4]);
    }
}
