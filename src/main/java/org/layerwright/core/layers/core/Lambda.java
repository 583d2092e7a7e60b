package org.layerwright.core.layers.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.errors.PythonCodeNotRunnableException;

/**
 * A Keras {@code Lambda}: a layer made of Python code. Layerwright reads, shows and writes it, keeping the function,
 * output shape and arguments exactly as given, but never runs the code. Its output shape is the declared
 * {@code output_shape} (without the batch axis); without one, shape inference stops with an error that says how
 * to fix it. It has no weights.
 *
 * <p>Input shape: any. Output shape: {@code (batch,) + output_shape}.
 *
 * <pre>{@code
 * Lambda doubled = new Lambda("double_it").outputShape(28, 28, 1);
 * KerasTensor y = doubled.apply(Input.of(28, 28, 1));   // (None, 28, 28, 1); never executed
 * }</pre>
 */
public class Lambda extends Layer {
    private static final Set<String> BASE_KEYS = Set.of("name", "trainable", "batch_input_shape", "dtype",
            "dynamic");

    /** The Lambda's own keys, in the order they were given, values untouched. */
    private final Map<String, Object> own = new LinkedHashMap<>();

    /**
     * A Lambda holding {@code function}: a function name (written as {@code function_type "function"}) or the
     * serialized code of a Python lambda as Keras writes it (a list; {@code function_type "lambda"}).
     */
    public Lambda(Object function) {
        if (!(function instanceof String || function instanceof List)) {
            throw argumentError("function", "a Python function name or a serialized Python lambda", function,
                    "Read Lambda layers from a Keras file, or give the function's name.");
        }
        own.put("function", function);
        own.put("function_type", function instanceof List ? "lambda" : "function");
        own.put("module", "__main__");
        own.put("output_shape", null);
        own.put("output_shape_type", "raw");
        own.put("output_shape_module", null);
        own.put("arguments", new LinkedHashMap<String, Object>());
    }

    /** For {@link #fromConfig}: the keys are copied from the config. */
    private Lambda() {
    }

    /** Declares the output shape without the batch axis; Layerwright cannot work it out from Python code. */
    public Lambda outputShape(Integer... dims) {
        own.put("output_shape", PyTuple.copyOf(List.of(dims)));
        own.put("output_shape_type", "raw");
        own.put("output_shape_module", null);
        return this;
    }

    /** The keyword arguments passed to the function, kept verbatim. */
    public Lambda arguments(Map<String, Object> arguments) {
        own.put("arguments", new LinkedHashMap<>(arguments));
        return this;
    }

    /** The function as given: a name or serialized code. */
    public Object function() {
        return own.get("function");
    }

    /** The declared output shape as given (without the batch axis), or null. */
    public Object declaredOutputShape() {
        return own.get("output_shape");
    }

    /**
     * Refuses to run the Python code; training and prediction call this before running a model that contains a
     * Lambda.
     */
    public void ensureRunnable() {
        throw new PythonCodeNotRunnableException("Layer '" + name() + "' (Lambda) holds Python code ("
                + own.get("function_type") + "), and Layerwright cannot run Python code, so this model cannot be"
                + " trained or run here. Replace the Lambda with built-in layers (for example Rescaling, Reshape or"
                + " Activation) or train the model in Keras.");
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputShapes) {
        Object declared = own.get("output_shape");
        Shape first = inputShapes.get(0);
        Integer batch = first.rank() == 0 ? null : first.dim(0);
        // Keras 2 marks a shape computed by Python code with output_shape_type "lambda" or "function"; Keras 3
        // writes such code as an object instead of a list.
        Object type = own.get("output_shape_type");
        boolean code = "lambda".equals(type) || "function".equals(type) || !(declared instanceof List);
        if (declared == null || code) {
            throw shapeError(first, "its output shape " + (declared == null ? "is not declared" : "is computed by"
                    + " Python code") + ", and Layerwright cannot run Python code to work it out", "Give the Lambda an"
                            + " output_shape without the batch axis, e.g. output_shape="
                            + first.slice(Math.min(1, first.rank())) + " if it keeps the shape.");
        }
        List<?> list = asList(declared);
        List<Shape> outputs = new ArrayList<>();
        if (!list.isEmpty() && list.stream().allMatch(item -> item instanceof List)) {
            for (Object item : list) {
                outputs.add(withBatch(batch, asList(item)));
            }
        } else {
            outputs.add(withBatch(batch, list));
        }
        return outputs;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        List<Shape> outputs = computeOutputShapes(List.of(input));
        if (outputs.size() != 1) {
            throw shapeError(input, "its declared output_shape " + own.get("output_shape") + " gives "
                    + outputs.size() + " outputs", "Use computeOutputShapes for a Lambda with several outputs.");
        }
        return outputs.get(0);
    }

    private static List<?> asList(Object value) {
        if (!(value instanceof List)) {
            throw new InvalidLayerArgumentException("Invalid value for `output_shape` of Lambda: expected a list of"
                    + " sizes (or of such lists), received output_shape=" + value + ". Give the shape without the"
                    + " batch axis, e.g. [28, 28, 1].");
        }
        return (List<?>) value;
    }

    private static Shape withBatch(Integer batch, List<?> dims) {
        List<Integer> out = new ArrayList<>();
        out.add(batch);
        for (Object d : dims) {
            if (d != null && !(d instanceof Number)) {
                throw new InvalidLayerArgumentException("Invalid value for `output_shape` of Lambda: expected sizes"
                        + " or None, received " + d + " in " + dims + ".");
            }
            out.add(d == null ? null : ((Number) d).intValue());
        }
        return Shape.of(out);
    }

    @Override
    public String explainShape() {
        return "declared output_shape " + own.get("output_shape") + " (the Python code is never run)";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.putAll(own);
    }

    /** Keeps every Lambda key of the config verbatim, in its order. */
    public static Lambda fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Lambda", config);
        Lambda layer = new Lambda();
        for (Map.Entry<String, Object> e : config.entrySet()) {
            if (!BASE_KEYS.contains(e.getKey())) {
                layer.own.put(e.getKey(), e.getValue());
            }
        }
        layer.readBaseConfig(r);
        return layer;
    }
}
