package org.layerwright.app.canvas;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.Ports;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.analysis.Problem;

/** What a node on the canvas shows: name, type, output shape, parameter count, problem, position, ports. */
public final class NodeViewModel {
    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper className = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper shape = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper params = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper fixable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper x = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper y = new ReadOnlyDoubleWrapper();
    private final ReadOnlyIntegerWrapper inputPorts = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper outputPorts = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper selected = new ReadOnlyBooleanWrapper();

    NodeViewModel(String id) {
        this.id = id;
    }

    /** Copies the node's current state from the document. */
    void refresh(ModelDocument document) {
        LayerNode node = document.graph().node(id);
        NodeAnalysis analysis = document.analysis(id);
        name.set(node.name());
        className.set(node.className());
        x.set(node.x());
        y.set(node.y());
        inputPorts.set(Ports.inputCount(document, node));
        outputPorts.set(Ports.outputCount(document, node));
        Problem trouble = analysis == null ? null : analysis.problem();
        if (trouble != null) {
            // On the card itself: what the layer needs and the fix; the whole message shows on hover.
            shape.set(trouble.expected().isEmpty() ? firstSentence(trouble.what()) : "needs " + trouble.expected());
            params.set(trouble.insert() != null ? "fix: insert " + trouble.insert().className()
                    : trouble.fix().isEmpty() ? "" : "fix: " + firstSentence(trouble.fix()));
        } else {
            shape.set(analysis == null ? "?" : analysis.shapeText());
            params.set(analysis == null || analysis.outputShapes() == null ? "waiting for its input"
                    : String.format(Locale.US, "%,d params", analysis.row().params()));
        }
        problem.set(analysis != null && analysis.problem() != null ? analysis.problem().message() : null);
        fixable.set(analysis != null && analysis.problem() != null && analysis.problem().insert() != null);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    void setSelected(boolean value) {
        selected.set(value);
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty classNameProperty() {
        return className.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shapeProperty() {
        return shape.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paramsProperty() {
        return params.getReadOnlyProperty();
    }

    /** The problem message, or null when the node is fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when the editor knows a layer to insert that fixes the problem. */
    public ReadOnlyBooleanProperty fixableProperty() {
        return fixable.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty xProperty() {
        return x.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty yProperty() {
        return y.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty inputPortsProperty() {
        return inputPorts.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty outputPortsProperty() {
        return outputPorts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
