package org.layerwright.editor.picture;

/**
 * Card texts shortened to fit a width, measured with average glyph widths of common sans-serif and monospace fonts
 * (a picture file cannot ask the viewer's fonts). The estimates are generous, so a fitted text stays on its card.
 */
public final class CardText {
    /** Average advance of a 13 px bold sans-serif glyph. */
    public static final double BOLD = 8.0;
    /** Average advance of a 12 px sans-serif glyph. */
    public static final double REGULAR = 6.8;
    /** Advance of a 12 px monospace glyph. */
    public static final double MONOSPACE = 7.3;

    private CardText() {
    }

    /** The estimated width of a text at a glyph advance. */
    public static double width(String text, double advance) {
        return text.length() * advance;
    }

    /** The text, or its start and an ellipsis when it is wider than {@code room}. */
    public static String fit(String text, double room, double advance) {
        int fits = (int) Math.floor(room / advance);
        if (text.length() <= fits) {
            return text;
        }
        return fits <= 1 ? "…" : text.substring(0, fits - 1) + "…";
    }
}
