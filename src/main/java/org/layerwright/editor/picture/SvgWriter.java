package org.layerwright.editor.picture;

import java.util.Locale;
import org.layerwright.editor.ModelDocument;

/**
 * The whole graph as an SVG document: one {@code <g class="layer">} per layer (a rounded card with name, type,
 * output shape and parameter count, ports on its edges, a red border when the layer has a problem, the problem
 * as the card's tooltip) and one {@code <path class="wire">} per connection. The colours are the canvas's.
 *
 * <pre>{@code
 * String svg = SvgWriter.write(document);   // <svg xmlns="http://www.w3.org/2000/svg" ...
 * }</pre>
 */
public final class SvgWriter {
    static final String BACKGROUND = "#f6f7f9";
    static final String CARD_FILL = "#ffffff";
    static final String CARD_BORDER = "#b8bec8";
    static final String PROBLEM = "#d93025";
    static final String PROBLEM_FILL = "#fff5f4";
    static final String TEXT = "#1f2430";
    static final String MUTED = "#5f6673";
    static final String WIRE = "#7d8594";
    /** Space between a card's edge and its texts. */
    static final double PADDING = 10;

    private SvgWriter() {
    }

    /** The SVG text of a document's whole graph. */
    public static String write(ModelDocument document) {
        return write(GraphPicture.of(document), document.modelName());
    }

    /** The SVG text of a picture, titled with the model's name. */
    public static String write(GraphPicture picture, String title) {
        GraphPicture.Box b = picture.bounds();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(b.width()))
                .append("\" height=\"").append(num(b.height())).append("\" viewBox=\"").append(num(b.x())).append(' ')
                .append(num(b.y())).append(' ').append(num(b.width())).append(' ').append(num(b.height()))
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <rect class=\"background\" x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
                .append("\" width=\"").append(num(b.width())).append("\" height=\"").append(num(b.height()))
                .append("\" fill=\"").append(BACKGROUND).append("\"/>\n");
        for (GraphPicture.Curve c : picture.wires()) {
            svg.append("  <path class=\"wire\" data-from=\"").append(escape(c.from())).append("\" data-to=\"")
                    .append(escape(c.to())).append("\" d=\"M ").append(num(c.startX())).append(' ')
                    .append(num(c.startY())).append(" C ").append(num(c.control1X())).append(' ')
                    .append(num(c.control1Y())).append(", ").append(num(c.control2X())).append(' ')
                    .append(num(c.control2Y())).append(", ").append(num(c.endX())).append(' ')
                    .append(num(c.endY())).append("\" fill=\"none\" stroke=\"").append(WIRE)
                    .append("\" stroke-width=\"1.8\"/>\n");
        }
        for (GraphPicture.Card card : picture.cards()) {
            writeCard(svg, card);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void writeCard(StringBuilder svg, GraphPicture.Card card) {
        GraphPicture.Box b = card.box();
        svg.append("  <g class=\"layer").append(card.hasProblem() ? " problem" : "").append("\" data-name=\"")
                .append(escape(card.name())).append("\" data-class=\"").append(escape(card.className()))
                .append("\">\n");
        if (card.hasProblem()) {
            svg.append("    <title>").append(escape(card.problem())).append("</title>\n");
        }
        svg.append("    <rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
                .append(num(b.width())).append("\" height=\"").append(num(b.height()))
                .append("\" rx=\"6\" ry=\"6\" fill=\"").append(card.hasProblem() ? PROBLEM_FILL : CARD_FILL)
                .append("\" stroke=\"").append(card.hasProblem() ? PROBLEM : CARD_BORDER)
                .append("\" stroke-width=\"").append(card.hasProblem() ? "2.4" : "1.2").append("\"/>\n");
        // Texts are shortened to the card rather than clipped: clip paths and tspans render unevenly across viewers.
        double inner = b.width() - 2 * PADDING;
        // The name comes first; the type keeps at least 40% of the row when it needs that much.
        double typeWidth = Math.min(CardText.width(card.className(), CardText.REGULAR), inner * 0.4);
        String name = CardText.fit(card.name(), inner - typeWidth - 8, CardText.BOLD);
        String type = CardText.fit(card.className(), inner - CardText.width(name, CardText.BOLD) - 8,
                CardText.REGULAR);
        text(svg, "name", b.x() + PADDING, b.y() + 20, "start", " font-size=\"13\" font-weight=\"bold\"", TEXT,
                name);
        text(svg, "type", b.x() + b.width() - PADDING, b.y() + 20, "end", "", MUTED, type);
        String detail = card.hasProblem() ? PROBLEM : MUTED;
        text(svg, "shape", b.x() + PADDING, b.y() + 40, "start", " font-family=\"monospace\"",
                card.hasProblem() ? PROBLEM : TEXT, CardText.fit(card.shape(), inner, CardText.MONOSPACE));
        text(svg, "params", b.x() + PADDING, b.y() + 58, "start", "", detail,
                CardText.fit(card.params(), inner, CardText.REGULAR));
        for (int i = 0; i < card.inputs(); i++) {
            port(svg, card.portX(i, card.inputs()), b.y(), CARD_FILL);
        }
        for (int i = 0; i < card.outputs(); i++) {
            port(svg, card.portX(i, card.outputs()), b.y() + b.height(), MUTED);
        }
        svg.append("  </g>\n");
    }

    private static void text(StringBuilder svg, String style, double x, double y, String anchor, String font,
            String fill, String content) {
        svg.append("    <text class=\"").append(style).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append('"').append("start".equals(anchor) ? "" : " text-anchor=\"" + anchor + "\"").append(font)
                .append(" fill=\"").append(fill).append("\">").append(escape(content)).append("</text>\n");
    }

    private static void port(StringBuilder svg, double x, double y, String fill) {
        svg.append("    <circle class=\"port\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                .append("\" r=\"").append(num(GraphPicture.PORT_RADIUS)).append("\" fill=\"").append(fill)
                .append("\" stroke=\"").append(MUTED).append("\" stroke-width=\"1.5\"/>\n");
    }

    /** A coordinate with at most two decimals, no trailing zeros: {@code 40}, {@code 12.5}. */
    static String num(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return "-0".equals(text) ? "0" : text;
    }

    /** Text and attribute values with XML's five special characters escaped; control characters dropped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
