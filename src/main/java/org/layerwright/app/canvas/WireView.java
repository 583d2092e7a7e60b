package org.layerwright.app.canvas;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.shape.CubicCurve;
import org.layerwright.editor.TidyLayout;
import org.layerwright.editor.Wire;

/** A wire drawn as a curve from an output port down to an input port; it follows both nodes as they move. */
public final class WireView extends CubicCurve {
    /** How far a bowed wire's control points sit to the side: its widest point is 3/4 of this from the ports. */
    private static final double BOW = TidyLayout.NODE_WIDTH * 0.85;
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
        // A wire that skips rows straight down would hide behind the cards between its ends (a residual
        // connection after tidy layout): it bows out to the right instead, far enough to clear a card.
        DoubleBinding bow = Bindings.createDoubleBinding(() -> skipsOverCards(startX.get(), startY.get(), endX.get(),
                endY.get()) ? BOW : 0, startX, startY, endX, endY);
        controlX1Property().bind(startX.add(bow));
        controlX2Property().bind(endX.add(bow));
        DoubleBinding bend = Bindings.createDoubleBinding(() -> bow.get() > 0 ? 0
                : Math.max(30, Math.abs(endY.get() - startY.get()) / 2), startY, endY, bow);
        controlY1Property().bind(startY.add(bend));
        controlY2Property().bind(endY.subtract(bend));
    }

    /** True when the straight path from a port down to another runs through the cards of the rows between. */
    static boolean skipsOverCards(double startX, double startY, double endX, double endY) {
        return endY - startY > TidyLayout.NODE_HEIGHT && Math.abs(endX - startX) < TidyLayout.NODE_WIDTH;
    }

    public Wire wire() {
        return wire;
    }
}
