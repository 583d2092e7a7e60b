package org.layerwright.io.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * Keras 1's {@code Merge} pseudo-layer as the Keras 2 merge layer of its mode ({@code concat→Concatenate},
 * {@code sum→Add}, {@code mul→Multiply}, {@code ave→Average}, {@code max→Maximum}, {@code dot→Dot},
 * {@code cos→Dot(normalize=True)}). A Sequential model that starts with a Merge of nested models (Keras 1's way to
 * join branches) becomes the equivalent functional model: one input per branch, the branches, the merge, then
 * the rest of the layers in a chain.
 */
final class Keras1Merge {
    private Keras1Merge() {
    }

    /** Rewrites one Merge entry in place; other entries are left alone. */
    static void migrate(Map<String, Object> entry, String where) {
        Map<String, Object> config = LayerEntries.config(entry);
        if (!"Merge".equals(entry.get("class_name")) || config == null) {
            return;
        }
        Object mode = config.get("mode");
        if (!(mode instanceof String) || "lambda".equals(config.get("mode_type"))) {
            throw new InvalidConfigException(where + ": this Merge layer uses a Python function as its mode, which"
                    + " cannot be read. Expected mode concat, sum, mul, ave, max, dot or cos.");
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("name", config.get("name"));
        merged.put("trainable", config.getOrDefault("trainable", true));
        String className;
        switch ((String) mode) {
            case "concat":
                className = "Concatenate";
                merged.put("axis", config.getOrDefault("concat_axis", -1));
                break;
            case "sum":
                className = "Add";
                break;
            case "mul":
                className = "Multiply";
                break;
            case "ave":
                className = "Average";
                break;
            case "max":
                className = "Maximum";
                break;
            case "dot":
            case "cos":
                className = "Dot";
                merged.put("axes", config.getOrDefault("dot_axes", -1));
                merged.put("normalize", mode.equals("cos"));
                break;
            default:
                throw new InvalidConfigException(where + ": unknown Merge mode '" + mode + "'. Expected concat, sum,"
                        + " mul, ave, max, dot or cos.");
        }
        entry.put("class_name", className);
        entry.put("config", merged);
    }

    /** True when a Keras 1 Sequential config (a bare list) starts with a Merge of nested models. */
    @SuppressWarnings("unchecked")
    static boolean startsWithBranches(Object sequentialConfig) {
        if (!(sequentialConfig instanceof List) || ((List<Object>) sequentialConfig).isEmpty()) {
            return false;
        }
        Object first = ((List<Object>) sequentialConfig).get(0);
        if (!(first instanceof Map) || !"Merge".equals(((Map<String, Object>) first).get("class_name"))) {
            return false;
        }
        Map<String, Object> config = LayerEntries.config((Map<String, Object>) first);
        return config != null && config.get("layers") instanceof List;
    }

    /**
     * The functional envelope equivalent to a Sequential model whose first layer merges branches. The branches
     * must already be in Keras 2 form (each starts with a layer carrying {@code batch_input_shape}).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> branchesToFunctional(List<Object> layers, String where) {
        Map<String, Object> merge = (Map<String, Object>) layers.get(0);
        Map<String, Object> mergeConfig = LayerEntries.config(merge);
        List<Object> branches = (List<Object>) mergeConfig.remove("layers");
        List<Object> entries = new ArrayList<>();
        List<Object> inputLayers = new ArrayList<>();
        List<Object> mergeInputs = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            if (!(branches.get(i) instanceof Map)) {
                throw new InvalidConfigException(where + ": branch " + i + " of the Merge is not a model.");
            }
            Map<String, Object> branch = (Map<String, Object>) branches.get(i);
            String branchName = "sequential_" + (i + 1);
            String inputName = "input_" + (i + 1);
            entries.add(entry("InputLayer", inputLayer(branchShape(branch, where + ": branch " + i), inputName),
                    inputName, List.of()));
            Map<String, Object> branchConfig = new LinkedHashMap<>();
            branchConfig.put("name", branchName);
            branchConfig.put("layers", branch.get("config"));
            entries.add(entry("Sequential", branchConfig, branchName, List.of(List.of(node(inputName, 0)))));
            inputLayers.add(List.of(inputName, 0, 0));
            // A nested Sequential with an input layer counts its own first node as internal: its call is node 1.
            mergeInputs.add(node(branchName, 1));
        }
        migrate(merge, where);
        String previous = String.valueOf(LayerEntries.config(merge).get("name"));
        entries.add(entry((String) merge.get("class_name"), LayerEntries.config(merge), previous,
                List.of(mergeInputs)));
        for (Object item : layers.subList(1, layers.size())) {
            Map<String, Object> layer = (Map<String, Object>) item;
            String name = String.valueOf(LayerEntries.config(layer).get("name"));
            entries.add(entry((String) layer.get("class_name"), LayerEntries.config(layer), name,
                    List.of(List.of(node(previous, 0)))));
            previous = name;
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "model");
        config.put("layers", entries);
        config.put("input_layers", inputLayers);
        config.put("output_layers", List.of(List.of(previous, 0, 0)));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("class_name", "Functional");
        envelope.put("config", config);
        return envelope;
    }

    @SuppressWarnings("unchecked")
    private static Object branchShape(Map<String, Object> branch, String where) {
        Object layers = branch.get("config");
        if (layers instanceof List && !((List<Object>) layers).isEmpty()
                && ((List<Object>) layers).get(0) instanceof Map) {
            Map<String, Object> first = LayerEntries.config((Map<String, Object>) ((List<Object>) layers).get(0));
            if (first != null && first.get("batch_input_shape") != null) {
                return first.get("batch_input_shape");
            }
        }
        throw new InvalidConfigException(where + ": its first layer has no input shape, so the branch cannot be"
                + " connected. Expected batch_input_shape on the first layer of each merged model.");
    }

    private static Map<String, Object> inputLayer(Object shape, String name) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("batch_input_shape", shape);
        config.put("dtype", "float32");
        config.put("sparse", false);
        config.put("ragged", false);
        config.put("name", name);
        return config;
    }

    private static List<Object> node(String layer, int nodeIndex) {
        return List.of(layer, nodeIndex, 0, new LinkedHashMap<>());
    }

    private static Map<String, Object> entry(String className, Object config, String name, List<?> inbound) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("class_name", className);
        entry.put("config", config);
        entry.put("name", name);
        entry.put("inbound_nodes", new ArrayList<>(inbound));
        return entry;
    }
}
