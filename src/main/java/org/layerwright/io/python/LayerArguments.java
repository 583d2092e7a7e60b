package org.layerwright.io.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.layers.LayerCatalog;

/**
 * The constructor arguments a layer needs in Python: its required arguments (positional, in Keras's order), then
 * every other argument whose value differs from what Keras would choose when it is left out, then {@code name}.
 * Keras's default for a key is found by building the layer again from its config without that key, so defaults
 * that depend on other arguments (pooling strides follow the pool size) and on the input (a built
 * BatchNormalization's axis) are judged as Keras would judge them.
 */
final class LayerArguments {
    /** Keys written by other means: the name goes last, the input shape belongs to {@code keras.Input}. */
    private static final Set<String> HANDLED_ELSEWHERE = Set.of("name", "batch_input_shape", "batch_shape");

    /**
     * The arguments Keras's constructors require, in their positional order (Keras's signatures). They are
     * always written, positionally; every other argument is written only when it differs from its default.
     */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("Dense", List.of("units")),
            Map.entry("Activation", List.of("activation")),
            Map.entry("Dropout", List.of("rate")),
            Map.entry("SpatialDropout1D", List.of("rate")),
            Map.entry("SpatialDropout2D", List.of("rate")),
            Map.entry("SpatialDropout3D", List.of("rate")),
            Map.entry("GaussianDropout", List.of("rate")),
            Map.entry("AlphaDropout", List.of("rate")),
            Map.entry("GaussianNoise", List.of("stddev")),
            Map.entry("Reshape", List.of("target_shape")),
            Map.entry("Permute", List.of("dims")),
            Map.entry("RepeatVector", List.of("n")),
            Map.entry("Embedding", List.of("input_dim", "output_dim")),
            Map.entry("Conv1D", List.of("filters", "kernel_size")),
            Map.entry("Conv2D", List.of("filters", "kernel_size")),
            Map.entry("Conv3D", List.of("filters", "kernel_size")),
            Map.entry("Conv1DTranspose", List.of("filters", "kernel_size")),
            Map.entry("Conv2DTranspose", List.of("filters", "kernel_size")),
            Map.entry("Conv3DTranspose", List.of("filters", "kernel_size")),
            Map.entry("SeparableConv1D", List.of("filters", "kernel_size")),
            Map.entry("SeparableConv2D", List.of("filters", "kernel_size")),
            Map.entry("DepthwiseConv1D", List.of("kernel_size")),
            Map.entry("DepthwiseConv2D", List.of("kernel_size")),
            Map.entry("ConvLSTM2D", List.of("filters", "kernel_size")),
            Map.entry("SimpleRNN", List.of("units")),
            Map.entry("LSTM", List.of("units")),
            Map.entry("GRU", List.of("units")),
            Map.entry("Bidirectional", List.of("layer")),
            Map.entry("TimeDistributed", List.of("layer")),
            Map.entry("MultiHeadAttention", List.of("num_heads", "key_dim")),
            Map.entry("Dot", List.of("axes")),
            Map.entry("Rescaling", List.of("scale")));

    /** One argument of the constructor call. */
    record Argument(String key, Object value, boolean positional) {
    }

    private LayerArguments() {
    }

    /** The arguments of a layer's constructor, in the order they are written. */
    static List<Argument> of(String className, Map<String, Object> config, List<Shape> builtFor) {
        LayerCatalog.Entry entry = LayerCatalog.find(className);
        List<Argument> arguments = new ArrayList<>();
        List<Argument> baseArguments = new ArrayList<>();
        List<String> required = REQUIRED.getOrDefault(className, List.of());
        boolean positional = true;
        for (String key : required) {
            if (config.containsKey(key)) {
                arguments.add(new Argument(key, config.get(key), positional));
            } else {
                positional = false;
            }
        }
        for (Map.Entry<String, Object> e : config.entrySet()) {
            String key = e.getKey();
            if (HANDLED_ELSEWHERE.contains(key) || required.contains(key)) {
                continue;
            }
            // A key the layer cannot do without (or any key of a class Keras does not have) is always written.
            Default fallback = entry == null ? Default.REQUIRED : defaultFor(entry, config, key, builtFor);
            if (fallback == Default.REQUIRED || !sameValue(fallback.value, e.getValue())) {
                (isBaseKey(key) ? baseArguments : arguments).add(new Argument(key, e.getValue(), false));
            }
        }
        arguments.addAll(baseArguments);
        if (config.containsKey("name")) {
            arguments.add(new Argument("name", config.get("name"), false));
        }
        return arguments;
    }

    private static boolean isBaseKey(String key) {
        return key.equals("trainable") || key.equals("dtype");
    }

    /** What Keras uses when {@code key} is left out, or {@link Default#REQUIRED} when it cannot be left out. */
    private static Default defaultFor(LayerCatalog.Entry entry, Map<String, Object> config, String key,
            List<Shape> builtFor) {
        Map<String, Object> without = new LinkedHashMap<>(config);
        without.remove(key);
        Layer fresh;
        try {
            fresh = entry.fromConfig(without);
        } catch (RuntimeException e) {
            return Default.REQUIRED;
        }
        if (builtFor != null) {
            try {
                fresh.build(builtFor);
            } catch (RuntimeException e) {
                // The unbuilt layer's default still tells whether the argument was given.
            }
        }
        Map<String, Object> freshConfig = fresh.getConfig();
        if (!freshConfig.containsKey(key)) {
            // Keras leaves optional keys (renorm, virtual_batch_size, ...) out of the config unless they are set.
            return new Default(null);
        }
        return new Default(freshConfig.get(key));
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!sameValue(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Number na && b instanceof Number nb) {
            return na.doubleValue() == nb.doubleValue() && (a instanceof Double) == (b instanceof Double);
        }
        return a == null ? b == null : a.equals(b);
    }

    /** A default value; the {@link #REQUIRED} marker stands for "no default". */
    private static final class Default {
        static final Default REQUIRED = new Default(null);
        final Object value;

        Default(Object value) {
            this.value = value;
        }
    }
}
