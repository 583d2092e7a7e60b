package org.layerwright.io.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.InputLayer;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Node;
import org.layerwright.core.Sequential;
import org.layerwright.core.Shape;
import org.layerwright.core.errors.UnsupportedModelOperationException;

/**
 * Writes a model as Python source that rebuilds it with Keras's functional API: one {@code keras.Input} per input,
 * one line per layer call with the arguments that differ from Keras's defaults, then {@code keras.Model}. Shared
 * layers are made once and called again; nested models are written first, as models of their own; Sequential
 * models are written functionally too. The layer classes, names, arguments and connections are the model's.
 *
 * <pre>{@code
 * String source = KerasPythonWriter.write(model);   // from tensorflow import keras ...
 * }</pre>
 */
public final class KerasPythonWriter {
    private final PythonNames names = new PythonNames();
    private final Map<Layer, String> definedLayers = new IdentityHashMap<>();
    private final Map<Node, List<String>> outputs = new IdentityHashMap<>();
    private final Set<Model> writtenModels = Collections.newSetFromMap(new IdentityHashMap<>());
    private final StringBuilder out = new StringBuilder();

    private KerasPythonWriter() {
    }

    /** The Python source of a functional or Sequential model; refuses subclassed and unbuilt models. */
    public static String write(Model model) {
        KerasPythonWriter writer = new KerasPythonWriter();
        writer.header(model);
        writer.writeModel(model, "model");
        writer.out.append('\n').append("if __name__ == \"__main__\":\n").append("    model.summary()\n");
        return writer.out.toString();
    }

    private void header(Model model) {
        out.append("\"\"\"Keras model ").append(PythonLiterals.string(model.name()))
                .append(", rebuilt with the functional API.\n\n")
                .append("Written by Layerwright from the model's architecture; weights are not included.\n")
                .append("\"\"\"\n")
                .append("from tensorflow import keras\n")
                .append("from tensorflow.keras import layers\n");
    }

    private void writeModel(Model model, String variable) {
        if (!model.isGraphNetwork()) {
            throw new UnsupportedModelOperationException("Model '" + model.name() + "' has no inputs yet"
                    + (model.isSubclassed() ? " (it is a subclassed model, whose layers are connected in its"
                    + " call() method)" : "") + ", so it cannot be written as Python code. Give it an Input (or an"
                    + " input_shape on its first layer) first.");
        }
        writtenModels.add(model);
        for (Layer layer : allLayers(model)) {
            if (layer instanceof Model nested && !writtenModels.contains(nested)) {
                String nestedVariable = names.fresh(nested.name());
                writeModel(nested, nestedVariable);
                definedLayers.put(nested, nestedVariable);
            }
        }
        names.claim(variable);
        out.append('\n').append("# ").append(model instanceof Sequential ? "Sequential" : "Functional")
                .append(" model ").append(PythonLiterals.string(model.name())).append('\n');
        List<String> inputs = new ArrayList<>();
        for (KerasTensor input : model.inputs()) {
            inputs.add(writeInput((InputLayer) input.layer(), input.node()));
        }
        CallForms callForms = new CallForms(model);
        for (Node node : callForms.writingOrder()) {
            writeCall(node, callForms);
        }
        List<String> results = new ArrayList<>();
        for (KerasTensor output : model.outputs()) {
            results.add(variableOf(output));
        }
        out.append(variable).append(" = keras.Model(inputs=").append(listOrSingle(inputs)).append(", outputs=")
                .append(listOrSingle(results)).append(", name=").append(PythonLiterals.string(model.name()))
                .append(")\n");
    }

    /** A model's layers with a Sequential's InputLayer (which {@link Model#layers()} leaves out). */
    private static List<Layer> allLayers(Model model) {
        return model.network().layers();
    }

    private String writeInput(InputLayer layer, Node node) {
        String variable = names.fresh(layer.name());
        outputs.put(node, List.of(variable));
        Shape batchShape = layer.batchInputShape();
        List<Integer> dims = batchShape.toList();
        StringBuilder call = new StringBuilder("keras.Input(shape=")
                .append(PythonLiterals.literal(org.layerwright.core.config.PyTuple.copyOf(dims.subList(1,
                        dims.size())), null));
        if (dims.get(0) != null) {
            call.append(", batch_size=").append(dims.get(0));
        }
        Map<String, Object> config = layer.getConfig();
        if (!"float32".equals(config.get("dtype"))) {
            call.append(", dtype=").append(PythonLiterals.literal(config.get("dtype"), "keras"));
        }
        if (Boolean.TRUE.equals(config.get("sparse"))) {
            call.append(", sparse=True");
        }
        if (Boolean.TRUE.equals(config.get("ragged"))) {
            call.append(", ragged=True");
        }
        call.append(", name=").append(PythonLiterals.string(layer.name())).append(')');
        out.append(variable).append(" = ").append(call).append('\n');
        return variable;
    }

    private void writeCall(Node node, CallForms callForms) {
        Layer layer = node.layer();
        int calls = callForms.callCount(layer);
        String callee = definedLayers.get(layer);
        if (callee == null && calls > 1) {
            callee = names.fresh(layer.name());
            out.append("# ").append(PythonLiterals.string(layer.name())).append(" is shared: it is called ")
                    .append(calls).append(" times.\n");
            out.append(callee).append(" = ").append(constructor(layer)).append('\n');
            definedLayers.put(layer, callee);
        }
        String expression = callee != null ? callee : constructor(layer);
        String base = callee != null ? layer.name() + "_out" + (calls > 1 ? callForms.ordinal(node) : "")
                : layer.name();
        List<String> results = new ArrayList<>();
        int count = node.outputTensors().size();
        for (int i = 0; i < count; i++) {
            results.add(names.fresh(count > 1 ? base + "_" + i : base));
        }
        outputs.put(node, results);
        out.append(String.join(", ", results)).append(" = ").append(expression).append('(')
                .append(callForms.arguments(node, this::variableOf)).append(")\n");
    }

    private String constructor(Layer layer) {
        if (LayerExpressions.isCustom(layer.className())) {
            out.append("# ").append(layer.className()).append(" is not a built-in Keras layer: import or define it"
                    + " before running this script.\n");
        }
        if (!"Lambda".equals(layer.className())) {
            return LayerExpressions.constructor(layer, null);
        }
        String function = names.fresh(layer.name() + "_function");
        out.append("\n\ndef ").append(function).append('(').append(lambdaParameters(layer)).append("):\n")
                .append("    # The Python function of Lambda layer ").append(PythonLiterals.string(layer.name()))
                .append(" cannot be recovered: Keras saves it\n")
                .append("    # as compiled bytecode, which Layerwright never runs. Write the function again here.\n")
                .append(savedFunctionName(layer))
                .append("    raise NotImplementedError(")
                .append(PythonLiterals.string("the function of Lambda layer '" + layer.name() + "' is not known"))
                .append(")\n\n\n");
        return LayerExpressions.constructor(layer, function);
    }

    /** {@code inputs}, then the names of the Lambda's {@code arguments}, which Keras passes as keywords. */
    private static String lambdaParameters(Layer layer) {
        StringBuilder parameters = new StringBuilder("inputs");
        if (layer.getConfig().get("arguments") instanceof Map<?, ?> arguments) {
            for (Object key : arguments.keySet()) {
                String name = String.valueOf(key);
                if (!PythonNames.isParameterName(name)) {
                    // Keras passes the arguments as keywords; one that is no Python name is taken by **arguments.
                    parameters.append(", **arguments");
                    break;
                }
                parameters.append(", ").append(name);
            }
        }
        return parameters.toString();
    }

    /** A comment naming the function when the Lambda was saved with a named function rather than a lambda. */
    private static String savedFunctionName(Layer layer) {
        Map<String, Object> config = layer.getConfig();
        if ("function".equals(config.get("function_type")) && config.get("function") instanceof String name) {
            return "    # It was saved as the function " + PythonLiterals.string(name) + " of module "
                    + PythonLiterals.string(String.valueOf(config.get("module"))) + ".\n";
        }
        return "";
    }

    private String variableOf(KerasTensor tensor) {
        List<String> variables = outputs.get(tensor.node());
        if (variables == null) {
            throw new IllegalStateException("Tensor " + tensor + " is used before the call that makes it.");
        }
        return variables.get(tensor.tensorIndex());
    }

    private static String listOrSingle(List<String> items) {
        return items.size() == 1 ? items.get(0) : "[" + String.join(", ", items) + "]";
    }
}
