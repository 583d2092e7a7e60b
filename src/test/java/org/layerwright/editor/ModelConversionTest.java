package org.layerwright.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.editor.commands.AddLayerCommand;
import org.layerwright.io.Models;

class ModelConversionTest {

    @BeforeEach
    void clearSession() {
        Keras.clearSession();
    }

    @Test
    void theSampleGoesToADocumentAndBackWithTheSameSummaryText() {
        String json = TestDocuments.resource(TestDocuments.SAMPLE);
        Model original = Models.modelFromJson(json);
        ModelDocument document = ModelConversion.fromJson(json);
        assertEquals(5, document.graph().size());
        assertTrue(ModelConversion.isChain(document.graph()));
        Model back = ModelConversion.toModel(document);
        assertEquals("Sequential", back.className());
        assertEquals(original.summaryText(), back.summaryText());
        assertEquals(original.toJson(), back.toJson());
    }

    @Test
    void aFunctionalModelWithABranchKeepsItsWiresAndCounts() {
        KerasTensor input = Input.of("features", 16);
        KerasTensor left = new Dense(8).name("left").apply(input);
        KerasTensor right = new Dense(4).name("right").apply(input);
        KerasTensor merged = new Concatenate().name("merge").apply(List.of(left, right));
        KerasTensor output = new Dense(1).name("out").apply(merged);
        Model model = new Model(List.of(input), List.of(output), "branchy");

        ModelDocument document = ModelConversion.fromModel(model);
        assertEquals(5, document.graph().size());
        assertEquals(5, document.graph().wires().size());
        assertEquals(2, document.graph().inputsOf(TestDocuments.id(document, "merge")).size());
        assertFalse(ModelConversion.isChain(document.graph()));
        Model back = ModelConversion.toModel(document);
        assertEquals(model.summaryText(), back.summaryText());
        assertEquals(model.toJson(), back.toJson());
    }

    @Test
    void aSequentialThatStopsBeingAChainBecomesFunctional() {
        ModelDocument document = TestDocuments.sample();
        document.undoStack().execute(new AddLayerCommand(LayerTemplates.newNode(document, "InputLayer", 0, 0)));
        assertEquals("Functional", ModelConversion.toKerasConfig(document).get("class_name"));
    }
}
