package org.layerwright.core;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.layerwright.core.weights.WeightInitializers;

/**
 * The session state Keras keeps for default names, and its naming rules.
 *
 * <p>tf.keras numbers default names per prefix, from zero ({@code dense}, {@code dense_1}, ...), and numbers
 * inputs from one ({@code input_1}); {@link #clearSession()} starts both again, as
 * {@code keras.backend.clear_session()} does. User-given names are used as they are.
 */
public final class Keras {
    /** The Keras version Layerwright writes into files, matching the JSON it writes (tf.keras 2.6). */
    public static final String VERSION = "2.6.0";
    /** The backend name Keras writes into files. */
    public static final String BACKEND = "tensorflow";

    private static final Pattern FIRST = Pattern.compile("(.)([A-Z][a-z0-9]+)");
    private static final Pattern SECOND = Pattern.compile("([a-z])([A-Z])");
    private static final Map<String, Integer> OBJECT_NAME_UIDS = new HashMap<>();
    private static final Map<String, Integer> UIDS = new HashMap<>();
    private static final Map<String, String> SNAKE_CASE = new java.util.concurrent.ConcurrentHashMap<>();

    private Keras() {
    }

    /** Forgets all default-name counters, as {@code keras.backend.clear_session()}. */
    public static synchronized void clearSession() {
        OBJECT_NAME_UIDS.clear();
        UIDS.clear();
    }

    /**
     * Seeds the random weights of initializers without a seed of their own, as
     * {@code keras.utils.set_random_seed}: build the same model after the same seed and its first weights repeat.
     */
    public static void setRandomSeed(long seed) {
        WeightInitializers.setSeed(seed);
    }

    /** The next zero-based unique name for a prefix: {@code dense}, {@code dense_1}, {@code dense_2}, ... */
    public static synchronized String uniqueObjectName(String prefix) {
        int number = OBJECT_NAME_UIDS.getOrDefault(prefix, 0);
        OBJECT_NAME_UIDS.put(prefix, number + 1);
        return number == 0 ? prefix : prefix + "_" + number;
    }

    /** The next one-based id for a prefix, as {@code keras.backend.get_uid} ({@code input_1}, ...). */
    public static synchronized int nextUid(String prefix) {
        int number = UIDS.getOrDefault(prefix, 0) + 1;
        UIDS.put(prefix, number);
        return number;
    }

    /** Keras's {@code to_snake_case}: {@code MaxPooling2D} → {@code max_pooling2d}. */
    public static String toSnakeCase(String className) {
        return SNAKE_CASE.computeIfAbsent(className, Keras::snakeCaseOf);
    }

    private static String snakeCaseOf(String className) {
        String intermediate = FIRST.matcher(className).replaceAll("$1_$2");
        String insecure = SECOND.matcher(intermediate).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
        return insecure.startsWith("_") ? "private" + insecure : insecure;
    }
}
