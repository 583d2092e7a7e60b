package org.layerwright.app.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.core.summary.SummaryOptions;
import org.layerwright.core.summary.SummaryRenderer;
import org.layerwright.core.summary.SummaryRow;
import org.layerwright.core.summary.SummaryStyle;
import org.layerwright.editor.DocumentChange;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.io.Models;

/**
 * The live summary: one line per layer (Layer (type), Output Shape, Param #, Connected to) with its formulas, the
 * totals, and "Copy as Keras text" in a chosen Keras style. Lines follow the document's changes; only changed
 * layers are redone. The Keras text is made on a background thread.
 */
public final class SummaryViewModel {
    private final MainViewModel main;
    private final Executor background;
    private final ObservableList<SummaryLine> lines = FXCollections.observableArrayList();
    // One read-only view, kept: listeners on a fresh wrapper would be dropped with it.
    private final ObservableList<SummaryLine> linesReadOnly = FXCollections.unmodifiableObservableList(lines);
    private final Map<String, Integer> lineIndex = new HashMap<>();
    private final Map<String, SummaryLine> formulas = new HashMap<>();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper trainable = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper nonTrainable = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper();
    private final ObjectProperty<SummaryStyle> style = new SimpleObjectProperty<>(SummaryStyle.TF_2_6);

    public SummaryViewModel(MainViewModel main, Executor background) {
        this.main = main;
        this.background = background;
        main.lastChangeProperty().addListener((obs, old, change) -> apply(change));
        apply(main.lastChangeProperty().get());
    }

    /** One line per layer, in the model's order (read-only). */
    public ObservableList<SummaryLine> lines() {
        return linesReadOnly;
    }

    /** The formula line that unfolds under a layer's line. */
    public SummaryLine formulaOf(String id) {
        return formulas.get(id);
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trainableProperty() {
        return trainable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nonTrainableProperty() {
        return nonTrainable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    /** The Keras version whose summary style "Copy as Keras text" uses. */
    public ObjectProperty<SummaryStyle> styleProperty() {
        return style;
    }

    public List<SummaryStyle> styles() {
        return List.of(SummaryStyle.values());
    }

    /** Selecting a line selects its layer on the canvas. */
    public void selectLayer(String id) {
        if (!main.selection().equals(List.of(id))) {
            main.select(id);
        }
    }

    /**
     * The exact {@code model.summary()} text of the document's model in the chosen style, made in the background.
     * Completes exceptionally, with core's message, when the graph has a problem.
     */
    public CompletableFuture<String> kerasText() {
        // The config is copied here, on the caller's thread; the model is built from the copy in the background.
        Map<String, Object> config = ModelConversion.toKerasConfig(main.document());
        SummaryOptions options = SummaryOptions.of(style.get());
        return CompletableFuture.supplyAsync(() -> Models.modelFromConfig(config).summaryText(options), background);
    }

    private void apply(DocumentChange change) {
        if (change == null) {
            return;
        }
        ModelDocument document = main.document();
        if (change.structureChanged() || lines.size() != document.graph().size()) {
            List<SummaryLine> all = new ArrayList<>();
            lineIndex.clear();
            formulas.clear();
            for (String id : document.graph().ids()) {
                lineIndex.put(id, all.size());
                all.add(line(document, id));
            }
            lines.setAll(all);
        } else {
            for (String id : change.changedNodes()) {
                Integer index = lineIndex.get(id);
                if (index != null) {
                    SummaryLine updated = line(document, id);
                    if (!updated.equals(lines.get(index))) {
                        lines.set(index, updated);
                    }
                }
            }
        }
        totals(document);
    }

    private SummaryLine line(ModelDocument document, String id) {
        NodeAnalysis analysis = document.analysis(id);
        SummaryRow row = analysis.row();
        boolean known = analysis.outputShapes() != null;
        formulas.put(id, new SummaryLine(id, "Param # = " + row.paramFormula(), row.shapeFormula().isEmpty() ? ""
                : "Shape: " + row.shapeFormula(), "", "", analysis.hasProblem(), true));
        return new SummaryLine(id, row.label(), known ? analysis.shapeText() : analysis.hasProblem() ? "problem"
                : "?", known ? group(row.params()) : "—", String.join(", ", row.connectedTo()),
                analysis.hasProblem(), false);
    }

    private void totals(ModelDocument document) {
        long trainableSum = 0;
        long nonTrainableSum = 0;
        for (String id : document.graph().ids()) {
            SummaryRow row = document.analysis(id).row();
            trainableSum += row.trainableParams();
            nonTrainableSum += row.nonTrainableParams();
        }
        long all = trainableSum + nonTrainableSum;
        total.set("Total params: " + group(all));
        trainable.set("Trainable params: " + group(trainableSum));
        nonTrainable.set("Non-trainable params: " + group(nonTrainableSum));
        memory.set("Weights: " + SummaryRenderer.readableMemorySize(all * 4.0) + " (float32)");
    }

    private static String group(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
