package org.layerwright.io.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.errors.WeightMismatchException;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The {@code model.weights.h5} inside a Keras 3 {@code .keras} archive: {@code vars} groups holding datasets
 * {@code 0}, {@code 1}, ... for each object, the model's layers at {@code layers/<snake_case class name>}
 * (numbered {@code dense}, {@code dense_1}, ... in model order, never by layer name), an RNN cell's weights at
 * {@code layers/lstm/cell/vars}.
 */
final class KerasV3Weights {
    private KerasV3Weights() {
    }

    static void write(H5Group root, Model model) {
        root.group("vars");
        for (Map.Entry<String, Layer> e : paths(model).entrySet()) {
            H5Group group = root.groupPath("layers/" + e.getKey());
            Map<String, List<WeightSpec>> byObject = byObject(e.getValue());
            group.group("vars");
            for (Map.Entry<String, List<WeightSpec>> object : byObject.entrySet()) {
                H5Group vars = object.getKey().isEmpty() ? group.group("vars")
                        : group.groupPath(object.getKey()).group("vars");
                int i = 0;
                for (WeightSpec spec : object.getValue()) {
                    INDArray value = e.getValue().getWeights().get(e.getValue().weightSpecs().indexOf(spec));
                    INDArray c = WeightsLayout.float32COrder(value);
                    vars.float32Dataset(String.valueOf(i++), value.shape(), WeightsLayout.littleEndianBytes(c), c);
                }
            }
        }
    }

    static void load(Group root, Model model) {
        Map<Layer, List<INDArray>> values = new LinkedHashMap<>();
        for (Map.Entry<String, Layer> e : paths(model).entrySet()) {
            Layer layer = e.getValue();
            List<INDArray> ordered = new ArrayList<>();
            for (WeightSpec ignored : layer.weightSpecs()) {
                ordered.add(null);
            }
            for (Map.Entry<String, List<WeightSpec>> object : byObject(layer).entrySet()) {
                String path = "layers/" + e.getKey() + (object.getKey().isEmpty() ? "" : "/" + object.getKey())
                        + "/vars";
                List<INDArray> stored = readVars(root, path);
                List<WeightSpec> specs = object.getValue();
                if (stored.size() != specs.size()) {
                    throw new WeightMismatchException("Layer '" + layer.name() + "' expected " + specs.size()
                            + " variables, but received " + stored.size() + " variables during loading. Expected: "
                            + specs.stream().map(s -> "'" + s.shortName() + "'").toList());
                }
                for (int i = 0; i < specs.size(); i++) {
                    ordered.set(layer.weightSpecs().indexOf(specs.get(i)), stored.get(i));
                }
            }
            if (!ordered.isEmpty()) {
                values.put(layer, ordered);
            }
        }
        values.forEach(Layer::setWeights);
    }

    private static List<INDArray> readVars(Group root, String path) {
        List<INDArray> out = new ArrayList<>();
        Node vars;
        try {
            vars = root.getByPath(path);
        } catch (RuntimeException e) {
            return out;
        }
        if (vars instanceof Group) {
            for (int i = 0; ((Group) vars).getChild(String.valueOf(i)) instanceof Dataset; i++) {
                out.add(SavedWeights.toArray((Dataset) ((Group) vars).getChild(String.valueOf(i))));
            }
        }
        return out;
    }

    /** Each weight-holding layer under its archive path, nested models recursed as {@code <name>/layers/...}. */
    static Map<String, Layer> paths(Model model) {
        Map<String, Layer> out = new LinkedHashMap<>();
        collect(model, "", out);
        return out;
    }

    private static void collect(Model model, String prefix, Map<String, Layer> out) {
        Map<String, Integer> used = new HashMap<>();
        List<Layer> layers = model.layers();
        for (Layer layer : layers) {
            String name = snakeCase(layer instanceof Sequential ? "Sequential"
                    : layer instanceof Model ? "Functional" : layer.className());
            Integer n = used.merge(name, 0, (old, zero) -> old + 1);
            String path = prefix + (n == 0 ? name : name + "_" + n);
            if (layer instanceof Model) {
                collect((Model) layer, path + "/layers/", out);
            } else {
                out.put(path, layer);
            }
        }
    }

    /**
     * The layer's weights grouped by the object Keras 3 stores them on: the layer itself ({@code ""}) or its RNN
     * {@code cell}; weights are in the layer's order (trainable, then non-trainable).
     */
    private static Map<String, List<WeightSpec>> byObject(Layer layer) {
        Map<String, List<WeightSpec>> out = new LinkedHashMap<>();
        for (WeightSpec spec : layer.weightSpecs()) {
            int slash = spec.path().lastIndexOf('/');
            String scope = slash < 0 ? "" : spec.path().substring(0, slash);
            String object = scope.isEmpty() ? "" : scope.endsWith("cell") || scope.contains("_cell") ? "cell" : scope;
            out.computeIfAbsent(object, k -> new ArrayList<>()).add(spec);
        }
        return out;
    }

    /** Keras's {@code naming.to_snake_case}. */
    static String snakeCase(String className) {
        String name = className.replaceAll("\\W+", "");
        name = name.replaceAll("(.)([A-Z][a-z]+)", "$1_$2");
        name = name.replaceAll("([a-z])([A-Z])", "$1_$2");
        return name.toLowerCase(Locale.ROOT);
    }
}
