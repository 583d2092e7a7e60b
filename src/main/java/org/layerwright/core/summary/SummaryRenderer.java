package org.layerwright.core.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.Shape;

/**
 * Draws a {@link ModelSummary} as the text Keras prints, byte for byte, in the layout of the chosen Keras
 * version. Row lines carry trailing spaces up to the line length, as Keras's do. Keras 3 is drawn by
 * {@link Keras3SummaryRenderer}.
 */
public final class SummaryRenderer {
    private static final char MACRON = '\u00AF';

    private final ModelSummary summary;
    private final SummaryStyle style;
    private final boolean expandNested;
    private final boolean showTrainable;
    private final boolean fourColumns;
    private final int lineLength;
    private final int[] positions;
    private final Lines out;
    private String underscores;
    private String blanks;

    /** Where finished lines go: a list of strings, or straight into one text (no string per line). */
    private interface Lines {
        void add(CharSequence line);
    }

    private SummaryRenderer(ModelSummary summary, SummaryOptions options, Lines out) {
        this.out = out;
        this.summary = summary;
        this.style = options.style();
        this.expandNested = options.expandNested();
        this.showTrainable = options.showTrainable();
        if (expandNested && !style.supportsExpandNested()) {
            throw new IllegalArgumentException("expand_nested exists from Keras 2.7 on; style " + style
                    + " has no such option. Pick style tf-2.12 or tf-2.15.");
        }
        if (showTrainable && !style.supportsShowTrainable()) {
            throw new IllegalArgumentException("show_trainable exists from Keras 2.8 on; style " + style
                    + " has no such option. Pick style tf-2.12 or tf-2.15.");
        }
        this.fourColumns = style == SummaryStyle.KERAS_1 || !summary.sequentialLike();
        int length = options.lineLength() != null ? options.lineLength() : defaultLineLength();
        List<Double> fractions = options.positions() != null ? options.positions() : defaultPositions();
        int[] ends = new int[fractions.size()];
        boolean relative = fractions.get(fractions.size() - 1) <= 1;
        for (int i = 0; i < ends.length; i++) {
            ends[i] = relative ? (int) (length * fractions.get(i)) : (int) Math.round(fractions.get(i));
        }
        if (showTrainable) {
            length += 11;
            int[] more = java.util.Arrays.copyOf(ends, ends.length + 1);
            more[ends.length] = length;
            ends = more;
        }
        this.lineLength = length;
        this.positions = ends;
    }

    /** The summary's lines, without line terminators. Keras 3's box-drawn table has its own renderer. */
    public static List<String> render(ModelSummary summary, SummaryOptions options) {
        if (options.style() == SummaryStyle.KERAS_3) {
            return Keras3SummaryRenderer.render(summary, options);
        }
        List<String> lines = new ArrayList<>();
        new SummaryRenderer(summary, options, line -> lines.add(line.toString())).draw();
        return lines;
    }

    /** The summary's text: its lines, each followed by a newline. */
    public static String renderText(ModelSummary summary, SummaryOptions options) {
        if (options.style() == SummaryStyle.KERAS_3) {
            StringBuilder text = new StringBuilder();
            for (String line : Keras3SummaryRenderer.render(summary, options)) {
                text.append(line).append('\n');
            }
            return text.toString();
        }
        StringBuilder text = new StringBuilder(Math.max(256, summary.rows().size() * 2 * 110 + 1024));
        new SummaryRenderer(summary, options, line -> text.append(line).append('\n')).draw();
        return text.toString();
    }

    private int defaultLineLength() {
        if (!fourColumns) {
            return 65;
        }
        return style == SummaryStyle.KERAS_1 ? 100 : 98;
    }

    private List<Double> defaultPositions() {
        if (!fourColumns) {
            return List.of(.45, .85, 1.);
        }
        return style == SummaryStyle.TF_2_15 ? List.of(0.3, 0.6, 0.70, 1.0) : List.of(.33, .55, .67, 1.);
    }

    private void draw() {
        if (style.printsModelLine()) {
            out.add("Model: \"" + summary.modelName() + "\"");
        }
        out.add(repeat('_', lineLength));
        List<String> header = new ArrayList<>(List.of("Layer (type)", "Output Shape", "Param #"));
        if (fourColumns) {
            header.add("Connected to");
        }
        if (showTrainable) {
            header.add("Trainable");
        }
        printRow(header, 0);
        out.add(repeat('=', lineLength));
        List<SummaryRow> rows = summary.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (style.wraps()) {
                printLayer(rows.get(i), 0, false);
            } else {
                printEraARow(rows.get(i));
                out.add(i == rows.size() - 1 ? repeat('=', lineLength) : underscores());
            }
        }
        if (style.wraps()) {
            out.add(repeat('=', lineLength));
        }
        printTotals();
        out.add(repeat('_', lineLength));
    }

    // ------------------------------------------------------------------ Era A (Keras 1 to tf.keras 2.6)

    private void printEraARow(SummaryRow row) {
        List<String> fields = new ArrayList<>(List.of(row.label(), outputShapeText(row), paramsText(row)));
        if (fourColumns) {
            List<String> connections = row.connectedTo();
            fields.add(connections.isEmpty() ? "" : connections.get(0));
            printEraA(fields);
            for (int i = 1; i < connections.size(); i++) {
                printEraA(List.of("", "", "", connections.get(i)));
            }
        } else {
            printEraA(fields);
        }
    }

    private void printEraA(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.setLength(line.length() - 1);
                line.append(' ');
            }
            line.append(fields.get(i));
            if (line.length() > positions[i]) {
                line.setLength(positions[i]);
            }
            pad(line, positions[i]);
        }
        out.add(line);
    }

    // ------------------------------------------------------------------ Eras B and C (Keras 2.7 to 2.15)

    private void printLayer(SummaryRow row, int nestedLevel, boolean isNestedLast) {
        List<String> fields = new ArrayList<>(List.of(row.label(), outputShapeText(row), paramsText(row)));
        if (fourColumns) {
            fields.add(pythonList(row.connectedTo()));
        }
        if (showTrainable) {
            fields.add(row.trainable() ? "Y" : "N");
        }
        printRow(fields, nestedLevel);
        if (expandNested && row.hasNested()) {
            out.add(repeat('|', nestedLevel + 1) + repeat(MACRON, lineLength - 2 * nestedLevel - 2)
                    + repeat('|', nestedLevel + 1));
            List<SummaryRow> inner = row.nested();
            for (int i = 0; i < inner.size(); i++) {
                printLayer(inner.get(i), nestedLevel + 1, i == inner.size() - 1);
            }
            out.add(repeat('|', nestedLevel) + repeat(MACRON, lineLength - 2 * nestedLevel) + repeat('|', nestedLevel));
        }
        if (!isNestedLast) {
            out.add(nestedLevel == 0 ? blanks() : repeat('|', nestedLevel) + repeat(' ', lineLength - 2 * nestedLevel)
                    + repeat('|', nestedLevel));
        }
    }

    private static final String[] BREAKS = {"),", "},", "],", "',"};

    private void printRow(List<String> fields, int nestedLevel) {
        if (!style.wraps()) {
            printEraA(fields);
            return;
        }
        boolean eraC = style == SummaryStyle.TF_2_15;
        String[] left = fields.toArray(new String[0]);
        int last = positions.length - 1;
        while (anyLeft(left)) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < left.length; col++) {
                int start = col > 0 ? positions[col - 1] : 0;
                int end = positions[col];
                int space = col != last ? 2 : 0;
                int cutoff = end - start - space;
                if (eraC && col != last) {
                    cutoff -= 1;
                }
                if (eraC && col == 0) {
                    cutoff -= nestedLevel;
                }
                String fit = left[col].substring(0, clamp(cutoff, left[col].length()));
                int best = -1;
                for (String b : BREAKS) {
                    int at = fit.indexOf(b);
                    if (at >= 0 && (best < 0 || at + b.length() < best)) {
                        best = at + b.length();
                    }
                }
                if (best >= 0) {
                    cutoff = best;
                    fit = fit.substring(0, cutoff);
                }
                if (col == 0) {
                    line.append(repeat('|', nestedLevel)).append(' ');
                }
                line.append(fit).append(repeat(' ', space));
                left[col] = left[col].substring(clamp(cutoff, left[col].length()));
                boolean subtractNesting = nestedLevel > 0 && (!eraC || col == last);
                pad(line, positions[col] - (subtractNesting ? nestedLevel : 0));
            }
            line.append(repeat('|', nestedLevel));
            out.add(line);
        }
    }

    /** Python slicing: a negative end counts from the end of the string. */
    private static int clamp(int cutoff, int length) {
        if (cutoff < 0) {
            return Math.max(0, length + cutoff);
        }
        return Math.min(cutoff, length);
    }

    private static boolean anyLeft(String[] left) {
        for (String s : left) {
            if (!s.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ fields and totals

    private String outputShapeText(SummaryRow row) {
        List<Shape> shapes = row.outputShapes();
        if (shapes == null) {
            return "multiple";
        }
        if (shapes.size() == 1 && !(row.inputLayer() && style.listsInputShapes())) {
            return shapeText(shapes.get(0));
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shapes.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(shapeText(shapes.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A shape as Python prints it, or {@code ?} when it cannot be inferred (as Keras prints unknown shapes). */
    private static String shapeText(Shape shape) {
        return shape == null ? "?" : shape.toString();
    }

    private static String paramsText(SummaryRow row) {
        return row.built() ? Long.toString(row.params()) : "0 (unused)";
    }

    /** Python's repr of a list of strings: {@code ['input_1[0][0]', 'input_2[0][0]']}. */
    static String pythonList(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i > 0 ? ", " : "").append('\'').append(items.get(i)).append('\'');
        }
        return sb.append(']').toString();
    }

    private void printTotals() {
        long trainable = summary.trainableParams();
        long nonTrainable = summary.nonTrainableParams();
        if (style == SummaryStyle.TF_2_15) {
            out.add("Total params: " + summary.totalParams() + " (" + readableMemorySize(summary.totalBytes()) + ")");
            out.add("Trainable params: " + trainable + " (" + readableMemorySize(summary.trainableBytes()) + ")");
            out.add("Non-trainable params: " + nonTrainable + " (" + readableMemorySize(summary.nonTrainableBytes())
                    + ")");
        } else {
            out.add("Total params: " + commas(summary.totalParams()));
            out.add("Trainable params: " + commas(trainable));
            out.add("Non-trainable params: " + commas(nonTrainable));
        }
    }

    /** Python's {@code '{:,}'.format(n)}. */
    static String commas(long value) {
        return org.layerwright.core.Counts.grouped(value);
    }

    /** Keras's {@code readable_memory_size}: {@code 30.66 KB}, {@code 0.00 Byte}. */
    public static String readableMemorySize(double bytes) {
        return readableMemorySize(bytes, new String[] {"Byte", "KB", "MB", "GB", "TB", "PB"});
    }

    static String readableMemorySize(double bytes, String[] units) {
        double size = bytes;
        for (String unit : units) {
            if (size / 1024 < 1) {
                return twoDecimals(size) + " " + unit;
            }
            size /= 1024;
        }
        return twoDecimals(size) + " " + units[units.length - 1];
    }

    /** Python's {@code '{:.2f}'}: the exact binary value rounded half-even. */
    static String twoDecimals(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private String underscores() {
        if (underscores == null) {
            underscores = repeat('_', lineLength);
        }
        return underscores;
    }

    private String blanks() {
        if (blanks == null) {
            blanks = repeat(' ', lineLength);
        }
        return blanks;
    }

    private static final String SPACES = " ".repeat(256);

    private static void pad(StringBuilder line, int width) {
        int missing = width - line.length();
        while (missing > 0) {
            int n = Math.min(missing, SPACES.length());
            line.append(SPACES, 0, n);
            missing -= n;
        }
    }

    static String repeat(char c, int count) {
        return count <= 0 ? "" : String.valueOf(c).repeat(count);
    }
}
