package org.layerwright.editor.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.Ports;
import org.layerwright.editor.TidyLayout;
import org.layerwright.editor.Wire;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.analysis.Problem;

/**
 * The whole canvas as a picture, in canvas coordinates: one card per layer (what the canvas shows on it) and one
 * curve per wire, with the bounds of everything plus a margin. The SVG export and the PNG export both draw it, so
 * the two pictures agree; nothing here depends on what part of the canvas is on screen.
 *
 * @param cards  the layers, in the document's order
 * @param wires  the connections
 * @param bounds the area to draw: every card and wire with {@link #MARGIN} around them
 */
public record GraphPicture(List<Card> cards, List<Curve> wires, Box bounds) {
    /** Space around the graph, in canvas units. */
    public static final double MARGIN = 24;
    /** Radius of a port circle. */
    public static final double PORT_RADIUS = 6;

    /** A rectangle: left, top, width, height. */
    public record Box(double x, double y, double width, double height) {
    }

    /**
     * One layer's card.
     *
     * @param box       where the card is
     * @param name      the layer's name
     * @param className the Keras class
     * @param shape     the output shape, or what the layer needs when it has a problem
     * @param params    the parameter count, or the suggested fix when it has a problem
     * @param problem   the full problem message, or null when the layer is fine
     * @param inputs    how many input ports it shows (on the top edge)
     * @param outputs   how many output ports it shows (on the bottom edge)
     */
    public record Card(Box box, String name, String className, String shape, String params, String problem,
            int inputs, int outputs) {

        public boolean hasProblem() {
            return problem != null;
        }

        /** Horizontal position of port {@code index} of {@code count}, spread evenly over the card. */
        public double portX(int index, int count) {
            return box.x() + box.width() * (index + 1) / (count + 1);
        }
    }

    /** A wire as a cubic curve from an output port (start) down to an input port (end). */
    public record Curve(String from, String to, double startX, double startY, double control1X, double control1Y,
            double control2X, double control2Y, double endX, double endY) {
    }

    /** The picture of a document's whole graph as it is now. */
    public static GraphPicture of(ModelDocument document) {
        List<Card> cards = new ArrayList<>();
        Map<String, Card> byId = new HashMap<>();
        for (LayerNode node : document.graph().nodes()) {
            Card card = card(document, node);
            cards.add(card);
            byId.put(node.id(), card);
        }
        List<Curve> curves = new ArrayList<>();
        for (Wire wire : document.graph().wires()) {
            Card from = byId.get(wire.from());
            Card to = byId.get(wire.to());
            if (from != null && to != null) {
                curves.add(curve(from, to, wire));
            }
        }
        return new GraphPicture(List.copyOf(cards), List.copyOf(curves), bounds(cards, curves));
    }

    private static Card card(ModelDocument document, LayerNode node) {
        NodeAnalysis analysis = document.analysis(node.id());
        Problem trouble = analysis == null ? null : analysis.problem();
        String shape;
        String params;
        if (trouble != null) {
            shape = trouble.expected().isEmpty() ? firstSentence(trouble.what()) : "needs " + trouble.expected();
            params = trouble.insert() != null ? "fix: insert " + trouble.insert().className()
                    : trouble.fix().isEmpty() ? "" : "fix: " + firstSentence(trouble.fix());
        } else {
            shape = analysis == null ? "?" : analysis.shapeText();
            params = analysis == null || analysis.outputShapes() == null ? "waiting for its input"
                    : String.format(Locale.US, "%,d params", analysis.row().params());
        }
        Box box = new Box(node.x(), node.y(), TidyLayout.NODE_WIDTH, TidyLayout.NODE_HEIGHT);
        return new Card(box, node.name(), node.className(), shape, params, trouble == null ? null : trouble.message(),
                Ports.inputCount(document, node), Ports.outputCount(document, node));
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** The same curve the canvas draws: vertical tangents, bending by half the height difference (at least 30). */
    private static Curve curve(Card from, Card to, Wire wire) {
        double sx = from.portX(wire.fromPort(), Math.max(from.outputs(), wire.fromPort() + 1));
        double sy = from.box().y() + from.box().height();
        double ex = to.portX(wire.toPort(), Math.max(to.inputs(), wire.toPort() + 1));
        double ey = to.box().y();
        double bend = Math.max(30, Math.abs(ey - sy) / 2);
        return new Curve(from.name(), to.name(), sx, sy, sx, sy + bend, ex, ey - bend, ex, ey);
    }

    private static Box bounds(List<Card> cards, List<Curve> curves) {
        if (cards.isEmpty()) {
            return new Box(0, 0, 2 * MARGIN, 2 * MARGIN);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Card card : cards) {
            Box b = card.box();
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y() - PORT_RADIUS);
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height() + PORT_RADIUS);
        }
        for (Curve c : curves) {
            // A cubic curve stays inside the hull of its four points.
            minY = Math.min(minY, Math.min(c.control1Y(), c.control2Y()));
            maxY = Math.max(maxY, Math.max(c.control1Y(), c.control2Y()));
        }
        return new Box(minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN);
    }
}
