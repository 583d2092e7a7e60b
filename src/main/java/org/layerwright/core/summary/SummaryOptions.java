package org.layerwright.core.summary;

import java.util.List;
import java.util.function.Consumer;

/**
 * The arguments of Keras's {@code summary()}: style (which Keras version to imitate), {@code line_length},
 * {@code positions}, {@code print_fn}, {@code expand_nested} and {@code show_trainable}. Immutable; each
 * {@code with...} method returns a changed copy.
 */
public final class SummaryOptions {
    private final SummaryStyle style;
    private final Integer lineLength;
    private final List<Double> positions;
    private final Consumer<String> printFn;
    private final boolean expandNested;
    private final boolean showTrainable;

    private SummaryOptions(SummaryStyle style, Integer lineLength, List<Double> positions, Consumer<String> printFn,
            boolean expandNested, boolean showTrainable) {
        this.style = style;
        this.lineLength = lineLength;
        this.positions = positions;
        this.printFn = printFn;
        this.expandNested = expandNested;
        this.showTrainable = showTrainable;
    }

    /** tf.keras 2.0-2.6 style, Keras's default widths. */
    public static SummaryOptions defaults() {
        return new SummaryOptions(SummaryStyle.TF_2_6, null, null, null, false, false);
    }

    public static SummaryOptions of(SummaryStyle style) {
        return defaults().withStyle(style);
    }

    public SummaryOptions withStyle(SummaryStyle value) {
        return new SummaryOptions(value, lineLength, positions, printFn, expandNested, showTrainable);
    }

    /** Total width; positions given as fractions scale with it. */
    public SummaryOptions withLineLength(Integer value) {
        if (value != null && value < 10) {
            throw new IllegalArgumentException("line_length must be at least 10 characters, received " + value + ".");
        }
        return new SummaryOptions(style, value, positions, printFn, expandNested, showTrainable);
    }

    /** Column ends: fractions of the line length when the last is at most 1, else absolute positions. */
    public SummaryOptions withPositions(List<Double> value) {
        return new SummaryOptions(style, lineLength, value == null ? null : List.copyOf(value), printFn, expandNested,
                showTrainable);
    }

    public SummaryOptions withPrintFn(Consumer<String> value) {
        return new SummaryOptions(style, lineLength, positions, value, expandNested, showTrainable);
    }

    public SummaryOptions withExpandNested(boolean value) {
        return new SummaryOptions(style, lineLength, positions, printFn, value, showTrainable);
    }

    public SummaryOptions withShowTrainable(boolean value) {
        return new SummaryOptions(style, lineLength, positions, printFn, expandNested, value);
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
}
