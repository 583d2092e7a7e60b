package org.layerwright.io.migrate;

import java.util.List;
import java.util.Map;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * Keras 1.x layer arguments under their Keras 2 names, as Keras 2.0-2.2's {@code keras/legacy/interfaces.py}
 * converted them: {@code output_dim→units}, {@code init→kernel_initializer}, {@code W_regularizer→
 * kernel_regularizer}, {@code nb_filter/nb_row/nb_col→filters/kernel_size}, {@code border_mode→padding},
 * {@code dim_ordering→data_format}, {@code p→rate}, recurrent {@code inner_*}/{@code U_*}/{@code dropout_W/U}, and
 * the renamed classes ({@code Convolution2D→Conv2D}, ...).
 */
final class Keras1Layers {
    private static final Map<String, String> CLASS_NAMES = Map.ofEntries(
            Map.entry("Convolution1D", "Conv1D"), Map.entry("Convolution2D", "Conv2D"),
            Map.entry("Convolution3D", "Conv3D"), Map.entry("AtrousConvolution1D", "Conv1D"),
            Map.entry("AtrousConvolution2D", "Conv2D"), Map.entry("Deconvolution2D", "Conv2DTranspose"),
            Map.entry("SeparableConvolution2D", "SeparableConv2D"));
    private static final List<String> RECURRENT = List.of("LSTM", "GRU", "SimpleRNN");

    private Keras1Layers() {
    }

    /** Migrates one layer entry in place; {@code where} names it in errors. */
    static void migrate(Map<String, Object> entry, String where) {
        Object className = entry.get("class_name");
        Map<String, Object> config = LayerEntries.config(entry);
        if (!(className instanceof String) || config == null) {
            return;
        }
        String oldClass = (String) className;
        String newClass = CLASS_NAMES.getOrDefault(oldClass, oldClass);
        entry.put("class_name", newClass);
        if (newClass.equals("InputLayer")) {
            LayerEntries.rename(config, "input_dtype", "dtype");
            return;
        }
        config.remove("input_dtype");
        renameObjects(config, where);
        if (oldClass.startsWith("Atrous")) {
            LayerEntries.rename(config, "atrous_rate", "dilation_rate");
        }
        if (newClass.equals("Embedding")) {
            embedding(config);
        } else if (RECURRENT.contains(newClass)) {
            recurrent(newClass, config);
        } else {
            weights(config);
            convolution(oldClass, config);
        }
        pooling(config);
        spatial(newClass, config, where);
        if (newClass.equals("Dropout") || newClass.startsWith("SpatialDropout")) {
            LayerEntries.rename(config, "p", "rate");
        }
        if (newClass.equals("BatchNormalization")) {
            batchNormalization(config, where);
        }
        if (newClass.equals("PReLU")) {
            LayerEntries.rename(config, "init", "alpha_initializer");
        }
        if (newClass.equals("Conv2DTranspose")) {
            config.remove("output_shape");
        }
    }

    /** Keras 1 regularizer and constraint objects, wherever they are, become tf.keras objects. */
    private static void renameObjects(Map<String, Object> config, String where) {
        for (Map.Entry<String, Object> e : config.entrySet()) {
            String key = e.getKey();
            if (key.endsWith("regularizer")) {
                e.setValue(Keras1Objects.regularizer(e.getValue(), where + ": \"" + key + "\""));
            } else if (key.endsWith("constraint")) {
                e.setValue(Keras1Objects.constraint(e.getValue(), where + ": \"" + key + "\""));
            } else if (key.equals("init") || key.endsWith("_init")) {
                e.setValue(Keras1Objects.initializer(e.getValue()));
            }
        }
    }

    /** Dense, convolution and other kernel layers: W/b arguments, {@code bias}, {@code output_dim}. */
    private static void weights(Map<String, Object> config) {
        LayerEntries.rename(config, "output_dim", "units");
        LayerEntries.rename(config, "W_regularizer", "kernel_regularizer");
        LayerEntries.rename(config, "b_regularizer", "bias_regularizer");
        LayerEntries.rename(config, "W_constraint", "kernel_constraint");
        LayerEntries.rename(config, "b_constraint", "bias_constraint");
        LayerEntries.rename(config, "bias", "use_bias");
        if (config.containsKey("depthwise_regularizer") || config.containsKey("pointwise_regularizer")) {
            // SeparableConvolution2D's single init seeds both of its kernels.
            Object init = config.remove("init");
            if (init != null) {
                config.put("depthwise_initializer", init);
                config.put("pointwise_initializer", init);
            }
        } else {
            LayerEntries.rename(config, "init", "kernel_initializer");
        }
        config.remove("input_dim");
        config.remove("input_length");
    }

    private static void convolution(String oldClass, Map<String, Object> config) {
        LayerEntries.rename(config, "nb_filter", "filters");
        LayerEntries.rename(config, "subsample", "strides");
        if (config.containsKey("nb_row") && config.containsKey("nb_col")) {
            Object rows = config.get("nb_row");
            LayerEntries.rename(config, "nb_row", "kernel_size");
            config.put("kernel_size", List.of(rows, config.remove("nb_col")));
        }
        if (config.containsKey("kernel_dim1")) {
            Object d1 = config.get("kernel_dim1");
            LayerEntries.rename(config, "kernel_dim1", "kernel_size");
            config.put("kernel_size", List.of(d1, config.remove("kernel_dim2"), config.remove("kernel_dim3")));
        }
        if (config.containsKey("filter_length")) {
            Object length = config.get("filter_length");
            LayerEntries.rename(config, "filter_length", "kernel_size");
            config.put("kernel_size", List.of(length));
        }
        if (config.containsKey("subsample_length")) {
            Object length = config.get("subsample_length");
            LayerEntries.rename(config, "subsample_length", "strides");
            config.put("strides", List.of(length));
        }
    }

    private static void pooling(Map<String, Object> config) {
        if (config.containsKey("pool_length")) {
            Object length = config.get("pool_length");
            LayerEntries.rename(config, "pool_length", "pool_size");
            config.put("pool_size", length == null ? null : List.of(length));
        }
        if (config.containsKey("stride")) {
            Object stride = config.get("stride");
            LayerEntries.rename(config, "stride", "strides");
            config.put("strides", stride == null ? null : List.of(stride));
        }
    }

    /** {@code border_mode→padding}, {@code dim_ordering→data_format} and Keras 1's symmetric 2D padding. */
    private static void spatial(String className, Map<String, Object> config, String where) {
        if (config.containsKey("border_mode")) {
            Object mode = config.get("border_mode");
            if ("full".equals(mode)) {
                throw new InvalidConfigException(where + ": border_mode \"full\" has no Keras 2 equivalent."
                        + " Expected \"valid\" or \"same\".");
            }
            LayerEntries.rename(config, "border_mode", "padding");
        }
        if (config.containsKey("dim_ordering")) {
            Object ordering = config.get("dim_ordering");
            LayerEntries.rename(config, "dim_ordering", "data_format");
            config.put("data_format", "th".equals(ordering) ? "channels_first" : "channels_last");
        }
        Object padding = config.get("padding");
        if (className.equals("ZeroPadding2D") && padding instanceof List && ((List<?>) padding).size() == 2
                && !(((List<?>) padding).get(0) instanceof List)) {
            List<?> p = (List<?>) padding;
            config.put("padding", List.of(List.of(p.get(0), p.get(0)), List.of(p.get(1), p.get(1))));
        }
    }

    private static void embedding(Map<String, Object> config) {
        LayerEntries.rename(config, "init", "embeddings_initializer");
        LayerEntries.rename(config, "W_regularizer", "embeddings_regularizer");
        LayerEntries.rename(config, "W_constraint", "embeddings_constraint");
        // Keras 1's Embedding dropout became a separate SpatialDropout1D layer in Keras 2; training only.
        config.remove("dropout");
    }

    private static void recurrent(String className, Map<String, Object> config) {
        LayerEntries.rename(config, "output_dim", "units");
        LayerEntries.rename(config, "init", "kernel_initializer");
        LayerEntries.rename(config, "inner_init", "recurrent_initializer");
        LayerEntries.rename(config, "inner_activation", "recurrent_activation");
        LayerEntries.rename(config, "W_regularizer", "kernel_regularizer");
        LayerEntries.rename(config, "U_regularizer", "recurrent_regularizer");
        LayerEntries.rename(config, "b_regularizer", "bias_regularizer");
        LayerEntries.rename(config, "W_constraint", "kernel_constraint");
        LayerEntries.rename(config, "U_constraint", "recurrent_constraint");
        LayerEntries.rename(config, "b_constraint", "bias_constraint");
        LayerEntries.rename(config, "dropout_W", "dropout");
        LayerEntries.rename(config, "dropout_U", "recurrent_dropout");
        if (config.containsKey("consume_less")) {
            Object mode = config.get("consume_less");
            LayerEntries.rename(config, "consume_less", "implementation");
            config.put("implementation", "gpu".equals(mode) ? 2 : 1);
        }
        if (config.containsKey("forget_bias_init")) {
            Object init = config.get("forget_bias_init");
            LayerEntries.rename(config, "forget_bias_init", "unit_forget_bias");
            config.put("unit_forget_bias", "one".equals(init) || "ones".equals(init));
        }
        if (className.equals("GRU") && !config.containsKey("reset_after")) {
            // Keras 1's GRU applies the reset gate before the matrix product: tf.keras's reset_after=False.
            config.put("reset_after", false);
        }
        config.remove("input_dim");
        config.remove("input_length");
    }

    private static void batchNormalization(Map<String, Object> config, String where) {
        LayerEntries.rename(config, "beta_init", "beta_initializer");
        LayerEntries.rename(config, "gamma_init", "gamma_initializer");
        Object mode = config.remove("mode");
        if (mode instanceof Number && ((Number) mode).intValue() != 0) {
            throw new InvalidConfigException(where + ": BatchNormalization mode " + mode + " was removed in Keras 2"
                    + " and has no equivalent. Only mode 0 can be read.");
        }
    }
}
