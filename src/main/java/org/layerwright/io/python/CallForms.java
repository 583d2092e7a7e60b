package org.layerwright.io.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Node;
import org.layerwright.core.Sequential;

/**
 * How each call of a model's layers is written: {@code layer(x)}, {@code layer([a, b])} for merging layers, or
 * {@code layer(query, value=v)} for layers whose extra tensors are call arguments (read from the model's config,
 * which records them as keyword arguments), plus non-tensor keyword arguments such as {@code training=False}.
 */
final class CallForms {
    private final Model model;
    private final Map<Layer, List<Node>> callsByLayer = new IdentityHashMap<>();
    private Map<String, Object> config;

    CallForms(Model model) {
        this.model = model;
        for (Layer layer : model.network().layers()) {
            List<Node> calls = new ArrayList<>();
            for (Node node : layer.inboundNodes()) {
                if (model.network().contains(node) && !node.isInput()) {
                    calls.add(node);
                }
            }
            callsByLayer.put(layer, calls);
        }
    }

    /**
     * The calls in the order to write them: layer by layer in Keras's layer order, each layer's calls in their own
     * order, a call waiting until the calls making its inputs are written. Keeping each layer's call order keeps
     * its node indices, so the rebuilt model's config matches the original.
     */
    List<Node> writingOrder() {
        List<Node> pending = new ArrayList<>();
        for (Layer layer : model.network().layers()) {
            pending.addAll(callsByLayer.get(layer));
        }
        Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> order = new ArrayList<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Iterator<Node> it = pending.iterator(); it.hasNext();) {
                Node node = it.next();
                if (inputsReady(node, done)) {
                    order.add(node);
                    done.add(node);
                    it.remove();
                    progress = true;
                    break;
                }
            }
        }
        return order;
    }

    private static boolean inputsReady(Node node, Set<Node> done) {
        for (KerasTensor input : node.inputTensors()) {
            Node producer = input.node();
            if (!producer.isInput() && !done.contains(producer)) {
                return false;
            }
        }
        return true;
    }

    /** How many times the model calls the layer. */
    int callCount(Layer layer) {
        return callsByLayer.getOrDefault(layer, List.of()).size();
    }

    /** Which call of its layer a node is, from 1. */
    int ordinal(Node node) {
        return callsByLayer.get(node.layer()).indexOf(node) + 1;
    }

    /** The text between the parentheses of the call. */
    String arguments(Node node, Function<KerasTensor, String> variables) {
        List<KerasTensor> inputs = node.inputTensors();
        StringBuilder sb = new StringBuilder();
        List<String> keywordTensors = inputs.size() > 1 ? tensorKeywords(node) : List.of();
        if (inputs.size() == 1 || !keywordTensors.isEmpty()) {
            sb.append(variables.apply(inputs.get(0)));
            for (int i = 1; i < inputs.size() && i <= keywordTensors.size(); i++) {
                sb.append(", ").append(keywordTensors.get(i - 1)).append('=').append(variables.apply(inputs.get(i)));
            }
        } else {
            sb.append('[');
            for (int i = 0; i < inputs.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(variables.apply(inputs.get(i)));
            }
            sb.append(']');
        }
        for (Map.Entry<String, Object> kwarg : node.kwargs().entrySet()) {
            if (!keywordTensors.contains(kwarg.getKey())) {
                sb.append(", ").append(kwarg.getKey()).append('=')
                        .append(PythonLiterals.literal(kwarg.getValue(), "keras"));
            }
        }
        return sb.toString();
    }

    /**
     * The keyword names of a call's extra tensors, when its config entry holds one tensor whose keyword arguments
     * name the others ({@code [["q", 0, 0, {"value": ["v", 0, 0]}]]}); empty for a list call.
     */
    @SuppressWarnings("unchecked")
    private List<String> tensorKeywords(Node node) {
        if (model instanceof Sequential) {
            return List.of();
        }
        if (config == null) {
            config = model.getConfig();
        }
        int call = ordinal(node) - 1;
        for (Object item : (List<Object>) config.get("layers")) {
            Map<String, Object> entry = (Map<String, Object>) item;
            if (!node.layer().name().equals(entry.get("name"))) {
                continue;
            }
            List<Object> calls = (List<Object>) entry.get("inbound_nodes");
            List<Object> tensors = (List<Object>) calls.get(call);
            if (tensors.size() != 1) {
                return List.of();
            }
            List<String> keywords = new ArrayList<>();
            Map<String, Object> kwargs = (Map<String, Object>) ((List<Object>) tensors.get(0)).get(3);
            for (Map.Entry<String, Object> kwarg : kwargs.entrySet()) {
                if (kwarg.getValue() instanceof List<?> ref && ref.size() == 3 && ref.get(0) instanceof String) {
                    keywords.add(kwarg.getKey());
                }
            }
            return keywords;
        }
        return List.of();
    }
}
