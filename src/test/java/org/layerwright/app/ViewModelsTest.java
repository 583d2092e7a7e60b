package org.layerwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.app.canvas.CanvasViewModel;
import org.layerwright.app.inspector.ArgumentItem;
import org.layerwright.app.inspector.ArgumentKind;
import org.layerwright.app.inspector.InspectorViewModel;
import org.layerwright.app.palette.PaletteViewModel;
import org.layerwright.app.summary.SummaryLine;
import org.layerwright.app.summary.SummaryViewModel;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.core.Keras;
import org.layerwright.core.layers.LayerCatalog;
import org.layerwright.core.summary.SummaryOptions;
import org.layerwright.core.summary.SummaryStyle;
import org.layerwright.editor.LayerTemplates;
import org.layerwright.editor.TestDocuments;
import org.layerwright.editor.Wire;
import org.layerwright.io.Models;

/** The window's view-models, driven without a window (no JavaFX toolkit is started). */
class ViewModelsTest {
    private MainViewModel main;
    private CanvasViewModel canvas;
    private InspectorViewModel inspector;
    private SummaryViewModel summary;

    @BeforeEach
    void openSample() {
        Keras.clearSession();
        main = new MainViewModel(TestDocuments.sample());
        canvas = new CanvasViewModel(main);
        inspector = new InspectorViewModel(main);
        summary = new SummaryViewModel(main, Runnable::run);
    }

    private String id(String name) {
        return TestDocuments.id(main.document(), name);
    }

    @Test
    void appendingAfterTheSelectionWiresTheNewLayerAndUpdatesEveryPanel() {
        main.select(id("dense_2"));
        String softmax = main.appendAfterSelection("Softmax");
        assertEquals(List.of(softmax), main.selection());
        assertEquals(List.of(Wire.of(id("dense_2"), softmax)), main.document().graph().inputsOf(softmax));
        assertEquals(6, canvas.nodes().size());
        assertEquals("(None, 10)", canvas.node(softmax).shapeProperty().get());
        assertEquals("softmax (Softmax)", summary.lines().get(5).layer());
        assertEquals("softmax (Softmax)", inspector.headingProperty().get());
        assertTrue(main.canUndoProperty().get());
        assertTrue(main.titleProperty().get().startsWith("mnist_mlp *"));
        main.undo();
        assertEquals(5, canvas.nodes().size());
        assertFalse(main.canUndoProperty().get());
        assertTrue(main.canRedoProperty().get());
    }

    @Test
    void theInspectorRefusesAnInvalidValueWithCoresReasonAndKeepsTheDocument() {
        main.select(id("dense"));
        long revision = main.document().revision();
        Optional<String> refused = inspector.submitText("units", "0");
        assertEquals(Optional.of("Invalid value for `units` of Dense: expected a positive integer, received units=0."
                + " Use 1 or more."), refused);
        assertEquals(refused.get(), inspector.refusalProperty().get());
        assertEquals(revision, main.document().revision());
        assertEquals(Optional.of("units: expected a whole number, e.g. 64; received 'many'."),
                inspector.submitText("units", "many"));
        assertEquals(Optional.empty(), inspector.submitText("units", "64"));
        assertEquals("", inspector.refusalProperty().get());
        assertEquals("64", summary.lines().get(2).shape().replaceAll("\\D", "").substring(0, 2));
        assertEquals("50,240", summary.lines().get(2).params());
        assertEquals("16,640", summary.lines().get(3).params());
    }

    @Test
    void eachArgumentGetsTheRightEditor() {
        String conv = main.addLayer("Conv2D", 0, 0);
        assertEquals(List.of(conv), main.selection());
        assertEquals(ArgumentKind.INT, kind("filters"));
        assertEquals(ArgumentKind.TUPLE, kind("kernel_size"));
        assertEquals(ArgumentKind.CHOICE, kind("padding"));
        assertEquals(List.of("valid", "same"), item("padding").choices());
        assertEquals(List.of("channels_last", "channels_first"), item("data_format").choices());
        assertEquals(ArgumentKind.ACTIVATION, kind("activation"));
        assertEquals(ArgumentKind.INITIALIZER, kind("kernel_initializer"));
        assertEquals("glorot_uniform", item("kernel_initializer").displayValue());
        assertEquals("(3, 3)", item("kernel_size").displayValue());
        assertEquals(Optional.empty(), inspector.submitText("kernel_size", "(5, 5)"));
        assertEquals(List.of(5, 5), main.document().graph().node(conv).config().get("kernel_size"));
        assertEquals(Optional.empty(), inspector.submitText("kernel_initializer", "he_normal"));
        assertEquals("he_normal", item("kernel_initializer").displayValue());
        assertTrue(inspector.submitText("padding", "sideways").isPresent());
    }

    @Test
    void renamingRefusesATakenName() {
        main.select(id("dense"));
        assertEquals(Optional.of("Another layer is already named 'dense_1'. Layer names must be unique."),
                inspector.submitText("name", "dense_1"));
        assertEquals(Optional.empty(), inspector.submitText("name", "hidden"));
        assertEquals("hidden (Dense)", summary.lines().get(2).layer());
        assertEquals("hidden[0][0]", summary.lines().get(3).connected());
    }

    @Test
    void aBadWireListsTheProblemAndTheSummaryRowShowsIt() {
        String conv = main.addLayer("Conv2D", 0, 0);
        main.connect(Wire.of(id("flatten_input"), conv));
        assertEquals(1, canvas.problems().size());
        assertEquals(conv, canvas.problems().get(0).id());
        assertNotNull(canvas.node(conv).problemProperty().get());
        assertTrue(canvas.node(conv).fixableProperty().get());
        SummaryLine line = summary.lines().get(5);
        assertTrue(line.problem());
        assertEquals("—", line.params());
        assertEquals("Total params: 535,818", summary.totalProperty().get());
        main.applySuggestedFix(conv);
        assertTrue(canvas.problems().isEmpty());
        assertEquals("Total params: 536,138", summary.totalProperty().get());
    }

    @Test
    void copyAsKerasTextIsExactlyTheModelsSummaryInTheChosenStyle() throws Exception {
        String json = TestDocuments.resource(TestDocuments.SAMPLE);
        for (SummaryStyle style : SummaryStyle.values()) {
            summary.styleProperty().set(style);
            assertEquals(Models.modelFromJson(json).summaryText(SummaryOptions.of(style)), summary.kerasText().get());
        }
    }

    @Test
    void eachRowUnfoldsIntoItsFormulas() {
        SummaryLine formula = summary.formulaOf(id("dense"));
        assertEquals("Param # = 512 × (784 + 1) = 401,920", formula.layer());
        assertTrue(formula.formula());
        assertEquals("Weights: 2.04 MB (float32)", summary.memoryProperty().get());
    }

    @Test
    void selectingASummaryLineSelectsTheNodeAndCopyPasteMakesNewLayers() {
        summary.selectLayer(id("dense_1"));
        assertTrue(canvas.node(id("dense_1")).selectedProperty().get());
        main.copySelection();
        main.paste();
        assertEquals(6, canvas.nodes().size());
        assertEquals("dense_2 (Dense)", summary.lines().get(4).layer());
        assertEquals("dense_3 (Dense)", summary.lines().get(5).layer());
        main.selectAll();
        main.deleteSelection();
        assertTrue(canvas.nodes().isEmpty());
        main.undo();
        assertEquals(6, canvas.nodes().size());
    }

    @Test
    void thePaletteListsEveryLayerByGroupAndFilters() {
        PaletteViewModel palette = new PaletteViewModel(main);
        int listed = palette.sections().stream().mapToInt(s -> s.classNames().size()).sum();
        assertEquals(LayerTemplates.paletteEntries().size(), listed);
        palette.searchProperty().set("conv");
        assertEquals(LayerCatalog.Group.CONVOLUTION, palette.sections().get(0).group());
        assertTrue(palette.sections().get(0).classNames().containsAll(List.of("Conv1D", "Conv2D", "Conv3D")));
        assertEquals(List.of("ConvLSTM2D"), palette.sections().stream()
                .filter(s -> s.group() == LayerCatalog.Group.RECURRENT).findFirst().orElseThrow().classNames());
        palette.searchProperty().set("globalaverage");
        assertEquals(1, palette.sections().size());
        assertEquals(List.of("GlobalAveragePooling2D", "GlobalAveragePooling1D", "GlobalAveragePooling3D"),
                palette.sections().get(0).classNames());
    }

    @Test
    void groupingTheSelectionMakesOneNestedModelNodeWithTheSameTotal() {
        main.selectOnly(java.util.Set.of(id("dense"), id("dense_1")));
        main.groupSelection();
        assertEquals(4, canvas.nodes().size());
        assertEquals("block (Functional)", summary.lines().get(2).layer());
        assertEquals("533,248", summary.lines().get(2).params());
        assertEquals("Total params: 535,818", summary.totalProperty().get());
        main.undo();
        assertEquals(5, canvas.nodes().size());
    }

    private ArgumentItem item(String key) {
        return inspector.arguments().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }

    private ArgumentKind kind(String key) {
        return item(key).kind();
    }
}
