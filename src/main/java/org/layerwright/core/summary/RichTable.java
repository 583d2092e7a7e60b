package org.layerwright.core.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text table drawn the way Python's {@code rich} library draws the one Keras 3 prints: {@code rich.table.Table}
 * with a fixed total width, fixed-width columns, {@code show_lines=True}, the default {@code HEAVY_HEAD} box, one
 * space of padding on each side of every cell, word wrapping and an ellipsis where a word does not fit.
 * Output is plain text, as rich writes it when the output is not a terminal (no colour or bold codes).
 *
 * <p>Widths follow {@code Table._calculate_column_widths} (rich 13): every column asks for its width plus 2
 * of padding; the excess over the table width minus the borders is taken off all columns by
 * {@code ratio_reduce}, which rounds half to even as Python's {@code round} does.
 */
final class RichTable {
    /** How a column places its text; {@code Table.Column(justify=...)}. */
    enum Justify {
        LEFT, RIGHT, CENTER
    }

    /**
     * One column: its header text, justification and the width Keras asks for.
     *
     * @param header  the header text
     * @param justify where text sits in the cell
     * @param width   the requested width, without padding
     */
    record Column(String header, Justify justify, int width) {
    }

    private static final int PADDING = 2;

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    RichTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a body row; one text per column. */
    void addRow(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " cells, received " + cells.size()
                    + ".");
        }
        rows.add(List.copyOf(cells));
    }

    /** The table's lines, each exactly {@code tableWidth} characters wide. */
    List<String> render(int tableWidth) {
        int[] widths = cellWidths(tableWidth);
        List<String> out = new ArrayList<>();
        out.add(rule('┏', '━', '┳', '┓', widths));
        List<String> header = new ArrayList<>();
        for (Column column : columns) {
            header.add(column.header());
        }
        drawRow(out, header, widths, '┃');
        out.add(rule('┡', '━', '╇', '┩', widths));
        for (int i = 0; i < rows.size(); i++) {
            drawRow(out, rows.get(i), widths, '│');
            if (i < rows.size() - 1) {
                out.add(rule('├', '─', '┼', '┤', widths));
            }
        }
        out.add(rule('└', '─', '┴', '┘', widths));
        return out;
    }

    /** Each column's width including its padding, not including the borders. */
    int[] cellWidths(int tableWidth) {
        int n = columns.size();
        int maxWidth = tableWidth - (n + 1);
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            int measured = measure(i, maxWidth);
            widths[i] = measured == 0 ? 1 : measured;
        }
        int total = sum(widths);
        if (total > maxWidth) {
            // Every column has a fixed width, so none is "wrapable" and rich goes straight to its last resort:
            // reduce all columns evenly.
            int[] ones = new int[n];
            Arrays.fill(ones, 1);
            widths = ratioReduce(total - maxWidth, ones, widths, widths);
            total = sum(widths);
            for (int i = 0; i < n; i++) {
                widths[i] = measure(i, widths[i]);
            }
        }
        if (total < maxWidth && total > 0) {
            // A table with a width expands to it.
            int[] pads = ratioDistribute(maxWidth - total, widths);
            for (int i = 0; i < n; i++) {
                widths[i] += pads[i];
            }
        }
        return widths;
    }

    /** {@code _measure_column} of a fixed-width column: its width plus padding, at most {@code maxWidth}. */
    private int measure(int column, int maxWidth) {
        if (maxWidth < 1) {
            return 0;
        }
        return Math.min(columns.get(column).width() + PADDING, maxWidth);
    }

    private void drawRow(List<String> out, List<String> cells, int[] widths, char vertical) {
        List<List<String>> rendered = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = cellLines(cells.get(i), widths[i], columns.get(i).justify());
            rendered.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int lineNo = 0; lineNo < height; lineNo++) {
            StringBuilder line = new StringBuilder().append(vertical);
            for (int i = 0; i < rendered.size(); i++) {
                List<String> lines = rendered.get(i);
                line.append(lineNo < lines.size() ? lines.get(lineNo) : " ".repeat(widths[i]));
                line.append(vertical);
            }
            out.add(line.toString());
        }
    }

    /** A cell's lines: the wrapped text inside one space of padding on each side, each {@code width} wide. */
    private static List<String> cellLines(String text, int width, Justify justify) {
        int inner = width - PADDING;
        List<String> lines = new ArrayList<>();
        if (inner < 1) {
            lines.add(" ".repeat(Math.max(0, width)));
            return lines;
        }
        for (String line : RichText.wrap(text, inner, justify)) {
            lines.add(" " + line + " ");
        }
        return lines;
    }

    private static String rule(char left, char horizontal, char divider, char right, int[] widths) {
        StringBuilder sb = new StringBuilder().append(left);
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                sb.append(divider);
            }
            sb.append(String.valueOf(horizontal).repeat(widths[i]));
        }
        return sb.append(right).toString();
    }

    /** rich's {@code ratio_reduce}: takes {@code total} off the values in proportion to the ratios. */
    static int[] ratioReduce(int total, int[] ratios, int[] maximums, int[] values) {
        int[] effective = new int[ratios.length];
        int totalRatio = 0;
        for (int i = 0; i < ratios.length; i++) {
            effective[i] = maximums[i] != 0 ? ratios[i] : 0;
            totalRatio += effective[i];
        }
        int[] result = values.clone();
        if (totalRatio == 0) {
            return result;
        }
        int remaining = total;
        for (int i = 0; i < ratios.length; i++) {
            if (effective[i] != 0 && totalRatio > 0) {
                // Python's round() of a true division: half to even, as Math.rint.
                int distributed = Math.min(maximums[i],
                        (int) Math.rint((double) effective[i] * remaining / totalRatio));
                result[i] = values[i] - distributed;
                remaining -= distributed;
                totalRatio -= effective[i];
            }
        }
        return result;
    }

    /** rich's {@code ratio_distribute} without minimums: shares {@code total} out in proportion to the ratios. */
    static int[] ratioDistribute(int total, int[] ratios) {
        int totalRatio = sum(ratios);
        int remaining = total;
        int[] result = new int[ratios.length];
        for (int i = 0; i < ratios.length; i++) {
            int distributed = totalRatio > 0
                    ? (int) Math.ceil((double) ratios[i] * remaining / totalRatio)
                    : remaining;
            result[i] = distributed;
            totalRatio -= ratios[i];
            remaining -= distributed;
        }
        return result;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
