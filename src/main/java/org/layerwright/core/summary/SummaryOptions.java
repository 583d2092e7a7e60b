package org.layerwright.core.summary;

import java.util.List;
import java.util.function.Consumer;

/**
 * The arguments of Keras's {@code summary()}: style (which Keras version to imitate), {@code line_length},
 * {@code positions}, {@code print_fn}, {@code expand_nested} and {@code show_trainable}. Immutable; each
 * {@code with...} method returns a changed copy. The terminal width only matters to the Keras 3 style, whose
 * default table width depends on the terminal the summary is printed to.
 */
public final class SummaryOptions {
    private final SummaryStyle style;
    private final Integer lineLength;
    private final List<Double> positions;
    private final Consumer<String> printFn;
    private final boolean expandNested;
    private final boolean showTrainable;
    private final Integer terminalWidth;

    private SummaryOptions(SummaryStyle style, Integer lineLength, List<Double> positions, Consumer<String> printFn,
            boolean expandNested, boolean showTrainable, Integer terminalWidth) {
        this.style = style;
        this.lineLength = lineLength;
        this.positions = positions;
        this.printFn = printFn;
        this.expandNested = expandNested;
        this.showTrainable = showTrainable;
        this.terminalWidth = terminalWidth;
    }

    /** tf.keras 2.0-2.6 style, Keras's default widths. */
    public static SummaryOptions defaults() {
        return new SummaryOptions(SummaryStyle.TF_2_6, null, null, null, false, false, null);
    }

    public static SummaryOptions of(SummaryStyle style) {
        return defaults().withStyle(style);
    }

    public SummaryOptions withStyle(SummaryStyle value) {
        return new SummaryOptions(value, lineLength, positions, printFn, expandNested, showTrainable, terminalWidth);
    }

    /** Total width; positions given as fractions scale with it. */
    public SummaryOptions withLineLength(Integer value) {
        if (value != null && value < 10) {
            throw new IllegalArgumentException("line_length must be at least 10 characters, received " + value + ".");
        }
        return new SummaryOptions(style, value, positions, printFn, expandNested, showTrainable, terminalWidth);
    }

    /**
     * Column ends: fractions of the line length when the last is at most 1, else absolute positions (Keras 3 reads
     * them as fractions always).
     */
    public SummaryOptions withPositions(List<Double> value) {
        return new SummaryOptions(style, lineLength, value == null ? null : List.copyOf(value), printFn, expandNested,
                showTrainable, terminalWidth);
    }

    public SummaryOptions withPrintFn(Consumer<String> value) {
        return new SummaryOptions(style, lineLength, positions, value, expandNested, showTrainable, terminalWidth);
    }

    public SummaryOptions withExpandNested(boolean value) {
        return new SummaryOptions(style, lineLength, positions, printFn, value, showTrainable, terminalWidth);
    }

    public SummaryOptions withShowTrainable(boolean value) {
        return new SummaryOptions(style, lineLength, positions, printFn, expandNested, value, terminalWidth);
    }

    /**
     * The width in columns of the terminal the summary is printed to (Keras 3 only). Keras 3 caps its default table
     * width at this width minus 4 and crops longer lines at it. Null, the default, means 80: what Python reports
     * when the output is not a terminal (a pipe, a file, a notebook).
     */
    public SummaryOptions withTerminalWidth(Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException("The terminal width must be at least 1 column, received " + value
                    + ".");
        }
        return new SummaryOptions(style, lineLength, positions, printFn, expandNested, showTrainable, value);
    }

    public SummaryStyle style() {
        return style;
    }

    public Integer lineLength() {
        return lineLength;
    }

    public List<Double> positions() {
        return positions;
    }

    public Consumer<String> printFn() {
        return printFn;
    }

    public boolean expandNested() {
        return expandNested;
    }

    public boolean showTrainable() {
        return showTrainable;
    }

    /** The terminal width, or null for the default of 80 columns. */
    public Integer terminalWidth() {
        return terminalWidth;
    }
}
