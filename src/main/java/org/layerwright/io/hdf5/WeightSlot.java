package org.layerwright.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;

/**
 * One weight of a layer as the HDF5 format orders them: the layer that owns it, its index in that owner's
 * {@code get_weights()} list, and its variable name.
 */
record WeightSlot(Layer owner, int index, WeightSpec spec) {

    /** The TF variable name, e.g. {@code dense/kernel:0}. */
    String name() {
        return owner.weightName(spec);
    }

    Shape shape() {
        return spec.shape();
    }

    /**
     * Keras's {@code _legacy_weights(layer)}: trainable weights, then non-trainable ones. For a nested model that
     * is every trainable weight of all its sublayers, then every non-trainable one; a frozen layer's weights are all
     * non-trainable.
     */
    static List<WeightSlot> legacyOrder(Layer layer) {
        List<Layer> owners = layer instanceof Model ? ((Model) layer).weightOwners() : List.of(layer);
        List<WeightSlot> trainable = new ArrayList<>();
        List<WeightSlot> frozen = new ArrayList<>();
        for (Layer owner : owners) {
            if (!owner.isBuilt()) {
                continue;
            }
            List<WeightSpec> specs = owner.weightSpecs();
            for (int i = 0; i < specs.size(); i++) {
                WeightSlot slot = new WeightSlot(owner, i, specs.get(i));
                boolean isTrainable = owner.trainable() && layer.trainable() && specs.get(i).trainable();
                (isTrainable ? trainable : frozen).add(slot);
            }
        }
        List<WeightSlot> all = new ArrayList<>(trainable);
        all.addAll(frozen);
        return all;
    }
}
