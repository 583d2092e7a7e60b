package org.layerwright.core.summary;

import java.util.Locale;

/**
 * The Keras versions whose {@code model.summary()} text differs, and the exact layout rules of each (see the
 * Keras reference, section 1).
 */
public enum SummaryStyle {
    /** Keras 1.2: always four columns, no {@code Model:} line. */
    KERAS_1("keras-1"),
    /** Multi-backend Keras 2.2.4: no {@code Model:} line, input shapes without list brackets. */
    KERAS_2_2("keras-2.2"),
    /** tf.keras 2.0-2.6: truncated columns, {@code _} lines between layers. The default. */
    TF_2_6("tf-2.6"),
    /** Keras 2.7-2.12: wrapped columns, one leading space, blank line between layers. */
    TF_2_12("tf-2.12"),
    /** Keras 2.13-2.15: as 2.12 with new functional positions, totals without commas but with memory sizes. */
    TF_2_15("tf-2.15"),
    /** Keras 3: a box-drawn table (drawn by the {@code rich} library), commas in counts, memory sizes in B/KB. */
    KERAS_3("keras-3");

    private final String id;

    SummaryStyle(String id) {
        this.id = id;
    }

    /** The name used on the command line and in the window: {@code tf-2.6}, {@code keras-3}, ... */
    public String id() {
        return id;
    }

    /** The style for a name such as {@code tf-2.6}; throws with the list of names when unknown. */
    public static SummaryStyle fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (SummaryStyle style : values()) {
            if (style.id.equals(wanted)) {
                return style;
            }
        }
        StringBuilder names = new StringBuilder();
        for (SummaryStyle style : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(style.id);
        }
        throw new IllegalArgumentException("Unknown summary style '" + id + "'. Expected one of: " + names + ".");
    }

    /** True for the Keras 2.7+ layouts that wrap columns (Eras B and C). */
    boolean wraps() {
        return this == TF_2_12 || this == TF_2_15;
    }

    /** True when an InputLayer's output shape prints as a list ({@code [(None, 16)]}), as in tf.keras. */
    boolean listsInputShapes() {
        return this == TF_2_6 || this == TF_2_12 || this == TF_2_15;
    }

    /** True when the summary starts with {@code Model: "name"}. */
    boolean printsModelLine() {
        return this != KERAS_1 && this != KERAS_2_2;
    }

    /** True from Keras 2.7, which has {@code expand_nested}. */
    boolean supportsExpandNested() {
        return this == TF_2_12 || this == TF_2_15 || this == KERAS_3;
    }

    /** True from Keras 2.8, which has {@code show_trainable}. */
    boolean supportsShowTrainable() {
        return this == TF_2_12 || this == TF_2_15 || this == KERAS_3;
    }

    @Override
    public String toString() {
        return id;
    }
}
