package org.layerwright.io.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.layerwright.core.Keras;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.io.InvalidModelFileException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras 2's {@code save_weights_to_hdf5_group}: root attributes {@code layer_names}, {@code backend},
 * {@code keras_version}; one group per layer, created in name order, with {@code weight_names} and one float32
 * dataset per weight at {@code <layer>/<weight name>} (the slashes in the name become nested groups).
 */
final class WeightsLayout {
    /** h5py cannot store an attribute larger than this in an object header (Keras's HDF5_OBJECT_HEADER_LIMIT). */
    static final int HEADER_LIMIT = 64512;

    private WeightsLayout() {
    }

    static void write(H5Group group, Model model) {
        List<Layer> layers = model.layers();
        List<String> names = new ArrayList<>();
        for (Layer layer : layers) {
            names.add(layer.name());
        }
        putStringList(group, "layer_names", names);
        group.attribute(H5Attribute.vlenString("backend", Keras.BACKEND, false));
        group.attribute(H5Attribute.vlenString("keras_version", Keras.VERSION, false));
        List<Layer> sorted = new ArrayList<>(layers);
        sorted.sort(Comparator.comparing(Layer::name));
        for (Layer layer : sorted) {
            H5Group g = group.group(layer.name());
            List<WeightSlot> slots = WeightSlot.legacyOrder(layer);
            List<String> weightNames = new ArrayList<>();
            for (WeightSlot slot : slots) {
                weightNames.add(slot.name());
            }
            putStringList(g, "weight_names", weightNames);
            for (WeightSlot slot : slots) {
                INDArray value = slot.owner().getWeights().get(slot.index());
                INDArray c = float32COrder(value);
                g.float32Dataset(slot.name(), value.shape(), littleEndianBytes(c), c);
            }
        }
    }

    /**
     * Keras's {@code save_attributes_to_hdf5_group}: one attribute, or {@code name0}, {@code name1}, ... when the
     * array would exceed the header limit (NumPy's {@code array_split} into the fewest equal chunks that fit).
     */
    static void putStringList(H5Group group, String name, List<String> values) {
        H5Attribute whole = H5Attribute.fixedStrings(name, values);
        if (values.isEmpty() || whole.fixedDataSize() <= HEADER_LIMIT) {
            group.attribute(whole);
            return;
        }
        int length = whole.fixedLength();
        if (length > HEADER_LIMIT) {
            List<String> bad = values.stream().filter(v -> v.getBytes(StandardCharsets.UTF_8).length > HEADER_LIMIT)
                    .toList();
            throw new InvalidModelFileException("The following attributes cannot be saved to HDF5 file because they"
                    + " are larger than " + HEADER_LIMIT + " bytes: " + String.join(", ", bad));
        }
        int chunks = 2;
        while ((long) length * arraySplit(values, chunks).get(0).size() > HEADER_LIMIT) {
            chunks++;
        }
        List<List<String>> parts = arraySplit(values, chunks);
        for (int i = 0; i < parts.size(); i++) {
            group.attribute(H5Attribute.fixedStrings(name + i, parts.get(i), length));
        }
    }

    /** NumPy's {@code array_split}: the first {@code n % chunks} parts get one extra element. */
    static <T> List<List<T>> arraySplit(List<T> values, int chunks) {
        List<List<T>> parts = new ArrayList<>();
        int base = values.size() / chunks;
        int extra = values.size() % chunks;
        int from = 0;
        for (int i = 0; i < chunks; i++) {
            int size = base + (i < extra ? 1 : 0);
            parts.add(values.subList(from, from + size));
            from += size;
        }
        return parts;
    }

    /** The values as a C-order float32 array. */
    static float[] float32Values(INDArray value) {
        return float32COrder(value).data().asFloat();
    }

    /** The array itself when it is a whole, C-order float32 buffer, else such a copy. */
    static INDArray float32COrder(INDArray value) {
        INDArray c = value.castTo(DataType.FLOAT);
        if (c.isView() || c.ordering() != 'c' || c.data().length() != c.length() || c.data().offset() != 0) {
            c = c.dup('c');
        }
        return c;
    }

    /**
     * The little-endian bytes of a whole C-order float32 array: a view of its native memory when the machine is
     * little-endian (no copy), otherwise a converted copy.
     */
    static ByteBuffer littleEndianBytes(INDArray c) {
        int bytes = Math.toIntExact(4 * c.length());
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN && bytes > 0) {
            ByteBuffer view = c.data().asNio();
            if (view != null && view.capacity() >= bytes) {
                return view.duplicate().position(0).limit(bytes);
            }
        }
        ByteBuffer copy = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        copy.asFloatBuffer().put(c.data().asFloat());
        return copy;
    }
}
