package org.layerwright.io.migrate;

import java.util.Locale;

/**
 * The Keras generations whose model configs Layerwright reads; the last three can also be written. Each has its
 * own layer argument names, layer entry keys or node format (see the Keras reference, §2.9).
 */
public enum KerasGeneration {
    /** Keras 1.x ({@code output_dim}, {@code init}, {@code Convolution2D}, {@code Merge}, 3-element nodes). */
    KERAS_1("1", "Keras 1.x"),
    /** Multi-backend Keras 2.0-2.3 ({@code Model} class name, glorot written as VarianceScaling). */
    KERAS_2_MULTI_BACKEND("2.3", "multi-backend Keras 2.0-2.3"),
    /** tf.keras 2.x up to 2.12: the form Layerwright's core reads and writes ({@code to_json()} of TF 2.6). */
    TF_KERAS_2("2.6", "tf.keras 2.6"),
    /** Keras 2.13-2.15: layer entries and nested objects carry {@code module} and {@code registered_name}. */
    KERAS_2_13("2.15", "Keras 2.13-2.15"),
    /** Keras 3: {@code DTypePolicy} dtypes, {@code batch_shape}, {@code {"args", "kwargs"}} inbound nodes. */
    KERAS_3("3", "Keras 3");

    private final String id;
    private final String title;

    KerasGeneration(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The short id used on the command line ({@code 2.6}, {@code 2.15}, {@code 3}). */
    public String id() {
        return id;
    }

    /** A name for messages ({@code tf.keras 2.6}). */
    public String title() {
        return title;
    }

    /** The writable generation for a command-line version: {@code 2.6}, {@code 2.15} or {@code 3}. */
    public static KerasGeneration forWriting(String version) {
        String v = version.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "2.6":
            case "2":
                return TF_KERAS_2;
            case "2.13":
            case "2.14":
            case "2.15":
                return KERAS_2_13;
            case "3":
                return KERAS_3;
            default:
                throw new IllegalArgumentException("unknown Keras version '" + version
                        + "'. Expected 2.6, 2.15 or 3.");
        }
    }
}
