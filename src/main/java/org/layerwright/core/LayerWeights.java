package org.layerwright.core;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.errors.WeightMismatchException;
import org.layerwright.core.weights.WeightInitializers;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's weight arrays, apart from its declared weights: empty until first asked for, then made once from the
 * initializers, or replaced by {@code setWeights} after Keras's count and shape checks.
 */
final class LayerWeights {
    private INDArray[] arrays;

    /** Forgets the arrays (the layer was built again). */
    void clear() {
        arrays = null;
    }

    boolean exist() {
        return arrays != null;
    }

    /** The arrays for {@code specs}, making the missing ones. */
    List<INDArray> get(List<WeightSpec> specs) {
        if (arrays == null) {
            arrays = new INDArray[specs.size()];
        }
        List<INDArray> out = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            if (arrays[i] == null) {
                arrays[i] = WeightInitializers.create(specs.get(i));
            }
            out.add(arrays[i]);
        }
        return out;
    }

    /** Replaces every array; the count and each shape must match, worded as Keras words it. */
    void set(String layerName, List<WeightSpec> specs, List<INDArray> weights) {
        if (weights.size() != specs.size()) {
            String provided = String.valueOf(weights);
            throw new WeightMismatchException("You called `set_weights(weights)` on layer \"" + layerName
                    + "\" with a weight list of length " + weights.size() + ", but the layer was expecting "
                    + specs.size() + " weights. Provided weights: "
                    + (provided.length() > 50 ? provided.substring(0, 50) : provided) + "...");
        }
        for (int i = 0; i < specs.size(); i++) {
            Shape expected = specs.get(i).shape();
            Shape actual = shapeOf(weights.get(i));
            if (!expected.equals(actual)) {
                throw new WeightMismatchException("Layer weight shape " + expected
                        + " not compatible with provided weight shape " + actual);
            }
        }
        arrays = weights.toArray(new INDArray[0]);
    }

    /** The shape of an array as a {@link Shape}. */
    static Shape shapeOf(INDArray array) {
        long[] dims = array.shape();
        Integer[] boxed = new Integer[dims.length];
        for (int i = 0; i < dims.length; i++) {
            boxed[i] = Math.toIntExact(dims[i]);
        }
        return Shape.of(boxed);
    }
}
