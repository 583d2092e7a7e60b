package org.layerwright.app.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The weight values that go with the open document, by layer name: the document itself holds only the
 * architecture. They come from a file that had weights (or from Import ▸ Weights) and are written into the model
 * when it is saved as HDF5 or {@code .keras}; a layer whose shapes were edited since gets fresh weights.
 */
public final class LayerWeights {
    /** No weights (a model drawn or read without them). */
    public static final LayerWeights NONE = new LayerWeights(Map.of());
    private final Map<String, List<INDArray>> byLayer;

    private LayerWeights(Map<String, List<INDArray>> byLayer) {
        this.byLayer = byLayer;
    }

    /** The values of every layer of the model that holds values (none are created for layers that do not). */
    public static LayerWeights capture(Model model) {
        Map<String, List<INDArray>> values = new LinkedHashMap<>();
        for (Layer layer : model.weightOwners()) {
            if (layer.hasWeightValues()) {
                values.put(layer.name(), List.copyOf(layer.getWeights()));
            }
        }
        return values.isEmpty() ? NONE : new LayerWeights(values);
    }

    public boolean isEmpty() {
        return byLayer.isEmpty();
    }

    /** How many layers have values. */
    public int layerCount() {
        return byLayer.size();
    }

    /** The names of the layers that have values, in model order. */
    public List<String> layerNames() {
        return new ArrayList<>(byLayer.keySet());
    }

    /**
     * Sets the values on every layer of {@code model} with the same name and the same weight shapes; returns the
     * names of the layers set.
     */
    public List<String> applyTo(Model model) {
        List<String> applied = new ArrayList<>();
        for (Layer layer : model.weightOwners()) {
            List<INDArray> values = byLayer.get(layer.name());
            if (values != null && fits(layer, values)) {
                layer.setWeights(values);
                applied.add(layer.name());
            }
        }
        return applied;
    }

    private static boolean fits(Layer layer, List<INDArray> values) {
        if (layer.weightSpecs().size() != values.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            int[] expected = layer.weightSpecs().get(i).shape().toArray();
            long[] actual = values.get(i).shape();
            if (expected.length != actual.length) {
                return false;
            }
            for (int d = 0; d < expected.length; d++) {
                if (expected[d] != actual[d]) {
                    return false;
                }
            }
        }
        return true;
    }
}
