package org.layerwright.core.summary;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.Shape;

/**
 * Draws a {@link ModelSummary} as Keras 3's {@code model.summary()} prints it when the output is not a terminal
 * with colours: the {@code Model: "name"} line, a box-drawn table (see {@link RichTable}) and the totals with
 * memory sizes. Follows {@code keras/src/utils/summary_utils.py} ({@code print_summary},
 * {@code format_layer_shape}) of Keras 3.3 and later.
 *
 * <p>The default table width is 88 (three columns) or 108 (four), capped at the terminal width minus 4, as
 * Keras asks Python for the terminal size; a summary printed to a pipe, a file or a notebook is therefore 76
 * wide. Lines wider than the terminal are cropped, as rich's console does.
 *
 * <p>Not modelled: the {@code Optimizer params} line of a compiled model whose optimizer is built (core models
 * have no optimizer); notebooks that render rich's HTML instead of text; East Asian wide characters and
 * {@code :emoji:} codes in names; Keras 3 calling {@code print_fn} once with the whole text where this API calls
 * it once per line. A layer whose output shape is unknown or differs between its calls prints {@code ?};
 * Keras 3 prints the shape of the last call in the second case.
 */
final class Keras3SummaryRenderer {
    static final int DEFAULT_TERMINAL_WIDTH = 80;
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private final ModelSummary summary;
    private final SummaryOptions options;
    private final boolean sequentialLike;

    private Keras3SummaryRenderer(ModelSummary summary, SummaryOptions options) {
        this.summary = summary;
        this.options = options;
        this.sequentialLike = summary.sequentialLike();
    }

    /** The summary's lines, without line terminators. */
    static List<String> render(ModelSummary summary, SummaryOptions options) {
        return new Keras3SummaryRenderer(summary, options).draw();
    }

    private List<String> draw() {
        int terminal = options.terminalWidth() != null ? options.terminalWidth() : DEFAULT_TERMINAL_WIDTH;
        int defaultLineLength = sequentialLike ? 88 : 108;
        List<Double> positions = options.positions() != null && !options.positions().isEmpty()
                ? options.positions()
                : sequentialLike ? List.of(0.45, 0.80, 1.0) : List.of(0.3, 0.56, 0.74, 1.0);
        List<String> headers = new ArrayList<>(List.of("Layer (type)", "Output Shape", "Param #"));
        List<RichTable.Justify> justify = new ArrayList<>(
                List.of(RichTable.Justify.LEFT, RichTable.Justify.LEFT, RichTable.Justify.RIGHT));
        if (!sequentialLike) {
            headers.add("Connected to");
            justify.add(RichTable.Justify.LEFT);
        }
        if (options.showTrainable()) {
            defaultLineLength += 12;
            List<Double> scaled = new ArrayList<>();
            for (double p : positions) {
                scaled.add(p * 0.90);
            }
            scaled.add(1.0);
            positions = scaled;
            headers.add("Trainable");
            justify.add(RichTable.Justify.CENTER);
        }
        defaultLineLength = Math.min(defaultLineLength, terminal - 4);
        int lineLength = options.lineLength() != null ? options.lineLength() : defaultLineLength;

        List<RichTable.Column> columns = new ArrayList<>();
        int current = 0;
        for (int i = 0; i < positions.size(); i++) {
            // Keras 3 always treats positions as fractions of the line length.
            int width = (int) (positions.get(i) * lineLength) - current;
            if (width < 4) {
                throw new IllegalArgumentException("Insufficient console width to print summary.");
            }
            current += width;
            columns.add(new RichTable.Column(headers.get(i), justify.get(i), width));
        }
        RichTable table = new RichTable(columns);
        for (SummaryRow row : summary.rows()) {
            addLayer(table, row, 0);
        }

        List<String> out = new ArrayList<>();
        out.addAll(RichText.wrapPrinted("Model: \"" + summary.modelName() + "\"", terminal));
        for (String line : table.render(lineLength)) {
            out.add(line.length() > terminal ? line.substring(0, terminal) : line);
        }
        out.addAll(RichText.wrapPrinted(totalLine("Total", summary.totalParams(), summary.totalBytes()), terminal));
        out.addAll(RichText.wrapPrinted(
                totalLine("Trainable", summary.trainableParams(), summary.trainableBytes()), terminal));
        out.addAll(RichText.wrapPrinted(
                totalLine("Non-trainable", summary.nonTrainableParams(), summary.nonTrainableBytes()), terminal));
        return out;
    }

    /** A layer's row and, with {@code expand_nested}, its inner layers' rows marked {@code └}. */
    private void addLayer(RichTable table, SummaryRow row, int nestedLevel) {
        String prefix = nestedLevel > 0 ? "   ".repeat(nestedLevel) + "\u2514 " : "";
        List<String> fields = new ArrayList<>();
        fields.add(prefix + row.label());
        fields.add(outputShapeText(row));
        fields.add(row.built() ? SummaryRenderer.commas(row.params()) : "0 (unbuilt)");
        if (!sequentialLike) {
            fields.add(row.connectedTo().isEmpty() ? "-" : String.join(", ", row.connectedTo()));
        }
        if (options.showTrainable()) {
            // Keras shows Y/N only for layers that own weights.
            boolean hasWeights = row.built() && row.params() > 0;
            fields.add(hasWeights ? (row.trainable() ? "Y" : "N") : "-");
        }
        table.addRow(fields);
        if (options.expandNested() && row.hasNested()) {
            for (SummaryRow inner : row.nested()) {
                addLayer(table, inner, nestedLevel + 1);
            }
        }
    }

    /**
     * {@code format_layer_shape}: each shape as {@code (d0, d1, ...)} joined by commas (so a rank-1 shape is
     * {@code (None)}, not Python's {@code (None,)}), several outputs inside brackets, {@code ?} when unknown.
     */
    private static String outputShapeText(SummaryRow row) {
        List<Shape> shapes = row.outputShapes();
        if (shapes == null) {
            return "?";
        }
        if (shapes.size() == 1) {
            return shapeText(shapes.get(0));
        }
        List<String> parts = new ArrayList<>();
        for (Shape shape : shapes) {
            parts.add(shapeText(shape));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static String shapeText(Shape shape) {
        List<String> dims = new ArrayList<>();
        for (Integer dim : shape.toList()) {
            dims.add(dim == null ? "None" : dim.toString());
        }
        return "(" + String.join(", ", dims) + ")";
    }

    /** {@code " Total params: 7,850 (30.66 KB)"}: a leading space, commas, memory in B/KB/MB. */
    private static String totalLine(String kind, long count, long bytes) {
        return " " + kind + " params: " + SummaryRenderer.commas(count) + " ("
                + SummaryRenderer.readableMemorySize(bytes, UNITS) + ")";
    }
}
