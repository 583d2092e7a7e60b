package org.layerwright.app.canvas;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.shape.CubicCurve;
import org.layerwright.editor.Wire;

/** A wire drawn as a curve from an output port down to an input port; it follows both nodes as they move. */
public final class WireView extends CubicCurve {
    private final Wire wire;

    public WireView(Wire wire, NodeView from, NodeView to) {
        this.wire = wire;
        getStyleClass().add("wire");
        setFill(null);
        DoubleBinding startX = Bindings.createDoubleBinding(() -> from.outputPortPosition(wire.fromPort()).getX(),
                from.layoutXProperty(), from.model().outputPortsProperty());
        DoubleBinding startY = Bindings.createDoubleBinding(() -> from.outputPortPosition(wire.fromPort()).getY(),
                from.layoutYProperty());
        DoubleBinding endX = Bindings.createDoubleBinding(() -> to.inputPortPosition(wire.toPort()).getX(),
                to.layoutXProperty(), to.model().inputPortsProperty());
        DoubleBinding endY = Bindings.createDoubleBinding(() -> to.inputPortPosition(wire.toPort()).getY(),
                to.layoutYProperty());
        startXProperty().bind(startX);
        startYProperty().bind(startY);
        endXProperty().bind(endX);
        endYProperty().bind(endY);
        controlX1Property().bind(startX);
        controlX2Property().bind(endX);
        DoubleBinding bend = Bindings.createDoubleBinding(() -> Math.max(30, Math.abs(endY.get() - startY.get()) / 2),
                startY, endY);
        controlY1Property().bind(startY.add(bend));
        controlY2Property().bind(endY.subtract(bend));
    }

    public Wire wire() {
        return wire;
    }
}
