package org.layerwright.io.hdf5;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.errors.WeightMismatchException;
import org.layerwright.io.hdf5.SavedWeights.SavedLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's {@code load_weights_from_hdf5_group} (by position) and {@code load_weights_from_hdf5_group_by_name},
 * with tf.keras 2.6's error and warning texts. Nothing is assigned unless every check passes, as Keras assigns
 * all values in one batch at the end.
 */
final class WeightsLoader {
    private final Map<WeightSlot, StoredArray> assignments = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private WeightsLoader() {
    }

    /** Loads by position; names are ignored and layers without weights are skipped on both sides. */
    static List<String> byPosition(Model model, SavedWeights saved) {
        List<Layer> filteredLayers = new ArrayList<>();
        for (Layer layer : model.layers()) {
            if (!WeightSlot.legacyOrder(layer).isEmpty()) {
                filteredLayers.add(layer);
            }
        }
        List<SavedLayer> filteredSaved = new ArrayList<>();
        for (SavedLayer s : saved.layers()) {
            if (!s.weightNames().isEmpty()) {
                filteredSaved.add(s);
            }
        }
        if (filteredSaved.size() != filteredLayers.size()) {
            throw new WeightMismatchException("You are trying to load a weight file containing "
                    + filteredSaved.size() + " layers into a model with " + filteredLayers.size() + " layers.");
        }
        WeightsLoader loader = new WeightsLoader();
        for (int k = 0; k < filteredSaved.size(); k++) {
            SavedLayer file = filteredSaved.get(k);
            Layer layer = filteredLayers.get(k);
            List<WeightSlot> slots = WeightSlot.legacyOrder(layer);
            List<StoredArray> values = prepared(layer, file, saved);
            if (values.size() != slots.size()) {
                throw new WeightMismatchException("Layer #" + k + " (named \"" + layer.name()
                        + "\" in the current model) was found to correspond to layer " + file.name()
                        + " in the save file. However the new layer " + layer.name() + " expects " + slots.size()
                        + " weights, but the saved weights have " + values.size() + " elements.");
            }
            for (int i = 0; i < slots.size(); i++) {
                WeightSlot slot = slots.get(i);
                Shape valueShape = values.get(i).shape();
                if (!slot.shape().equals(valueShape)) {
                    // Keras leaves this check to TensorFlow's assign, which words it so.
                    throw new WeightMismatchException("Cannot assign to variable " + slot.name()
                            + " due to variable shape " + slot.shape() + " and value shape " + valueShape
                            + " are incompatible");
                }
                loader.assignments.put(slot, values.get(i));
            }
        }
        loader.assign();
        return loader.warnings;
    }

    /**
     * Loads by layer name: every model layer named like a saved layer receives its weights; other layers are left
     * alone. With {@code skipMismatch} a count or shape mismatch becomes a warning (a shape mismatch skips only
     * that weight, as Keras does) and the warnings are returned.
     */
    static List<String> byName(Model model, SavedWeights saved, boolean skipMismatch) {
        Map<String, List<Layer>> index = new LinkedHashMap<>();
        for (Layer layer : model.layers()) {
            index.computeIfAbsent(layer.name(), n -> new ArrayList<>()).add(layer);
        }
        WeightsLoader loader = new WeightsLoader();
        for (int k = 0; k < saved.layers().size(); k++) {
            SavedLayer file = saved.layers().get(k);
            for (Layer layer : index.getOrDefault(file.name(), List.of())) {
                List<WeightSlot> slots = WeightSlot.legacyOrder(layer);
                List<StoredArray> values = prepared(layer, file, saved);
                if (values.size() != slots.size()) {
                    if (skipMismatch) {
                        loader.warn("Skipping loading of weights for layer " + layer.name()
                                + " due to mismatch in number of weights (" + slots.size() + " vs " + values.size()
                                + ").");
                        continue;
                    }
                    throw new WeightMismatchException("Layer #" + k + " (named \"" + layer.name() + "\") expects "
                            + slots.size() + " weight(s), but the saved weights have " + values.size()
                            + " element(s).");
                }
                for (int i = 0; i < slots.size(); i++) {
                    WeightSlot slot = slots.get(i);
                    Shape valueShape = values.get(i).shape();
                    if (!slot.shape().equals(valueShape)) {
                        if (skipMismatch) {
                            loader.warn("Skipping loading of weights for layer " + layer.name()
                                    + " due to mismatch in shape (" + slot.shape() + " vs " + valueShape + ").");
                            continue;
                        }
                        throw new WeightMismatchException("Layer #" + k + " (named \"" + layer.name()
                                + "\"), weight <tf.Variable '" + slot.name() + "' shape=" + slot.shape()
                                + " dtype=float32> has shape " + slot.shape() + ", but the saved weight has shape "
                                + valueShape + ".");
                    }
                    loader.assignments.put(slot, values.get(i));
                }
            }
        }
        loader.assign();
        return loader.warnings;
    }

    private void warn(String message) {
        warnings.add(message);
        System.getLogger(WeightsLoader.class.getName()).log(System.Logger.Level.WARNING, message);
    }

    /** The saved arrays, converted as Keras converts Keras 1 and Theano weights (only those are read early). */
    private static List<StoredArray> prepared(Layer layer, SavedLayer file, SavedWeights saved) {
        if (!Keras1Weights.isKeras1(saved.kerasVersion()) && !"theano".equals(saved.backend())) {
            return file.arrays();
        }
        List<StoredArray> out = new ArrayList<>();
        for (INDArray value : Keras1Weights.preprocess(layer, file.values(), saved.kerasVersion(),
                saved.backend())) {
            out.add(StoredArray.of(value));
        }
        return out;
    }

    /**
     * Sets every assigned value, owner by owner. Arrays the owner already holds are overwritten in place (as Keras
     * assigns to its variables), so loading needs no new memory; otherwise new arrays are read.
     */
    private void assign() {
        Map<Layer, Map<Integer, StoredArray>> byOwner = new IdentityHashMap<>();
        for (Map.Entry<WeightSlot, StoredArray> e : assignments.entrySet()) {
            byOwner.computeIfAbsent(e.getKey().owner(), o -> new LinkedHashMap<>()).put(e.getKey().index(),
                    e.getValue());
        }
        assign(byOwner);
    }

    /** Sets values given per owner layer and index in its {@code weightSpecs()}; the shapes were checked. */
    static void assign(Map<Layer, Map<Integer, StoredArray>> byOwner) {
        for (Map.Entry<Layer, Map<Integer, StoredArray>> e : byOwner.entrySet()) {
            Layer owner = e.getKey();
            Map<Integer, StoredArray> values = e.getValue();
            if (owner.hasWeightValues() || values.size() < owner.weightSpecs().size()) {
                List<INDArray> current = owner.getWeights();
                values.forEach((index, stored) -> stored.readInto(current.get(index)));
                owner.setWeights(current);
            } else {
                List<INDArray> fresh = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    fresh.add(values.get(i).read());
                }
                owner.setWeights(fresh);
            }
        }
    }

    static Shape shapeOf(INDArray array) {
        long[] dims = array.shape();
        Integer[] boxed = new Integer[dims.length];
        for (int i = 0; i < dims.length; i++) {
            boxed[i] = Math.toIntExact(dims[i]);
        }
        return Shape.of(boxed);
    }
}
