package org.layerwright.io.python;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.layers.LayerCatalog;

/**
 * A layer's constructor as Python source, {@code layers.Dense(10, activation="relu", name="dense")}; nested
 * layers (a Bidirectional's {@code layer}) are written the same way, Keras objects as calls into their modules.
 */
final class LayerExpressions {
    private LayerExpressions() {
    }

    /** The constructor call of a built layer; {@code function} replaces a Lambda's unrecoverable function. */
    static String constructor(Layer layer, String function) {
        return constructor(layer.className(), layer.getConfig(), layer.buildInputShapes(), function);
    }

    /** True when Keras has no such built-in layer, so the class must be defined by the reader of the script. */
    static boolean isCustom(String className) {
        return LayerCatalog.find(className) == null;
    }

    private static String constructor(String className, Map<String, Object> config, List<Shape> builtFor,
            String function) {
        boolean lambda = "Lambda".equals(className);
        StringBuilder sb = new StringBuilder(isCustom(className) ? "" : "layers.").append(className).append('(');
        boolean first = true;
        if (lambda) {
            sb.append(function);
            first = false;
        }
        for (LayerArguments.Argument argument : LayerArguments.of(className, config, builtFor)) {
            if (lambda && !writesLambdaKey(argument, config)) {
                continue;
            }
            sb.append(first ? "" : ", ");
            first = false;
            if (!argument.positional()) {
                sb.append(argument.key()).append('=');
            }
            sb.append(value(argument.key(), argument.value()));
        }
        return sb.append(')').toString();
    }

    /**
     * A Lambda keeps only what survives without its code: an output shape given as a tuple (not as a function),
     * non-empty extra arguments, and the base keys.
     */
    private static boolean writesLambdaKey(LayerArguments.Argument argument, Map<String, Object> config) {
        return switch (argument.key()) {
            case "output_shape" -> "raw".equals(config.get("output_shape_type")) && argument.value() != null;
            case "arguments" -> argument.value() instanceof Map<?, ?> map && !map.isEmpty();
            case "name", "trainable", "dtype", "mask" -> true;
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private static String value(String key, Object value) {
        if (value instanceof Map<?, ?> map && map.get("class_name") instanceof String className
                && map.get("config") instanceof Map<?, ?> config && LayerCatalog.find(className) != null
                && LayerCatalog.find(className).group() != LayerCatalog.Group.MODELS) {
            return constructor(className, (Map<String, Object>) config, null, "None");
        }
        return PythonLiterals.literal(value, module(key));
    }

    /** The Keras module of an argument's objects, from the argument's name: {@code kernel_initializer}, ... */
    private static String module(String key) {
        if (key.endsWith("initializer")) {
            return "keras.initializers";
        }
        if (key.endsWith("regularizer")) {
            return "keras.regularizers";
        }
        if (key.endsWith("constraint")) {
            return "keras.constraints";
        }
        return "keras";
    }
}
