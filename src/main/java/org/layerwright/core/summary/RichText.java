package org.layerwright.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word wrapping as Python's {@code rich} library does it ({@code Text.wrap} and {@code _wrap.divide_line}), for
 * the two cases Keras 3's summary uses: table cells (justified, a word too long for the cell ends in an
 * ellipsis) and plain printed lines (not justified, a word too long for the line is folded).
 *
 * <p>Every character counts as one cell; rich counts East Asian wide characters as two, which names written
 * in such scripts would need.
 */
final class RichText {
    private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String ELLIPSIS = "\u2026";

    private RichText() {
    }

    /** A table cell's lines, each exactly {@code width} characters: overflow "ellipsis", the given justify. */
    static List<String> wrap(String text, int width, RichTable.Justify justify) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            for (String piece : divide(paragraph, divideLine(paragraph, width, false))) {
                String line = rstripEnd(piece, width);
                out.add(justify(line, width, justify));
            }
        }
        return out;
    }

    /** A printed line's lines, as {@code Console.print} wraps it: overflow "fold", no padding. */
    static List<String> wrapPrinted(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            for (String piece : divide(paragraph, divideLine(paragraph, width, true))) {
                String line = rstripEnd(piece, width);
                out.add(line.length() > width ? line.substring(0, width) : line);
            }
        }
        return out;
    }

    /** {@code divide_line}: the offsets at which to break {@code text} so that its words fit {@code width}. */
    static List<Integer> divideLine(String text, int width, boolean fold) {
        List<Integer> breaks = new ArrayList<>();
        int cellOffset = 0;
        Matcher m = WORD.matcher(text);
        int position = 0;
        while (position < text.length() && m.region(position, text.length()).lookingAt()) {
            int start = position;
            String word = m.group();
            int wordLength = rstrip(word).length();
            if (width - cellOffset >= wordLength) {
                cellOffset += word.length();
            } else if (wordLength > width) {
                if (fold) {
                    List<String> chunks = chop(word, width);
                    for (int i = 0; i < chunks.size(); i++) {
                        if (start > 0) {
                            breaks.add(start);
                        }
                        if (i == chunks.size() - 1) {
                            cellOffset = chunks.get(i).length();
                        } else {
                            start += chunks.get(i).length();
                        }
                    }
                } else {
                    if (start > 0) {
                        breaks.add(start);
                    }
                    cellOffset = word.length();
                }
            } else if (cellOffset > 0 && start > 0) {
                breaks.add(start);
                cellOffset = word.length();
            }
            position = m.end();
        }
        return breaks;
    }

    /** {@code chop_cells}: pieces of at most {@code width} characters. */
    private static List<String> chop(String word, int width) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < word.length(); i += Math.max(1, width)) {
            chunks.add(word.substring(i, Math.min(word.length(), i + Math.max(1, width))));
        }
        return chunks;
    }

    private static List<String> divide(String text, List<Integer> offsets) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int offset : offsets) {
            pieces.add(text.substring(from, offset));
            from = offset;
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /** {@code Text.rstrip_end}: drops trailing whitespace that reaches beyond {@code size}. */
    private static String rstripEnd(String line, int size) {
        if (line.length() <= size) {
            return line;
        }
        int excess = line.length() - size;
        Matcher m = TRAILING_SPACE.matcher(line);
        if (m.find()) {
            return line.substring(0, line.length() - Math.min(m.group().length(), excess));
        }
        return line;
    }

    /** {@code Lines.justify} followed by {@code Text.truncate} with overflow "ellipsis". */
    private static String justify(String line, int width, RichTable.Justify justify) {
        String text = justify == RichTable.Justify.LEFT ? line : rstrip(line);
        text = truncate(text, width);
        int excess = width - text.length();
        switch (justify) {
            case RIGHT:
                return " ".repeat(excess) + text;
            case CENTER:
                int left = excess / 2;
                return " ".repeat(left) + text + " ".repeat(excess - left);
            default:
                return text + " ".repeat(excess);
        }
    }

    private static String truncate(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return text.substring(0, Math.max(0, width - 1)) + ELLIPSIS;
    }

    private static String rstrip(String s) {
        return TRAILING_SPACE.matcher(s).replaceFirst("");
    }
}
