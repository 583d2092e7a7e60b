package org.layerwright.io.hdf5;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.object.datatype.StringData;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.layerwright.io.InvalidModelFileException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The weights in a Keras HDF5 weights group (a {@code save_weights} file's root, or a full-model file's
 * {@code model_weights}): layer names in model order, the Keras version and backend that wrote them, and each
 * layer's weight names and values.
 *
 * @param layerNames    {@code layer_names} (joined from {@code layer_names0}, ... when split)
 * @param kerasVersion  {@code keras_version}, or "1" when the attribute is missing (Keras 1 wrote none)
 * @param backend       {@code backend}, or null when missing
 * @param layers        one entry per name in {@code layerNames}
 */
public record SavedWeights(List<String> layerNames, String kerasVersion, String backend, List<SavedLayer> layers) {

    /**
     * One saved layer.
     *
     * @param name        the layer's group name
     * @param weightNames its {@code weight_names}
     * @param arrays      the arrays, in {@code weight_names} order
     */
    public record SavedLayer(String name, List<String> weightNames, List<StoredArray> arrays) {
        /** The arrays as float32 values (read from the file if it is still open). */
        public List<INDArray> values() {
            List<INDArray> out = new ArrayList<>(arrays.size());
            for (StoredArray a : arrays) {
                out.add(a.read());
            }
            return out;
        }

        /** The same layer with every array read into memory, usable after the file is closed. */
        SavedLayer inMemory() {
            List<StoredArray> read = new ArrayList<>(arrays.size());
            for (StoredArray a : arrays) {
                read.add(StoredArray.of(a.read()));
            }
            return new SavedLayer(name, weightNames, read);
        }
    }

    /** The same weights with every array read into memory, usable after the file is closed. */
    SavedWeights inMemory() {
        List<SavedLayer> read = new ArrayList<>(layers.size());
        for (SavedLayer layer : layers) {
            read.add(layer.inMemory());
        }
        return new SavedWeights(layerNames, kerasVersion, backend, read);
    }

    /** Reads a weights group's names; the arrays are read from the group when asked for. */
    static SavedWeights read(Group group, String source) {
        List<String> layerNames = readStrings(group, "layer_names");
        String version = readScalarString(group, "keras_version");
        String backend = readScalarString(group, "backend");
        List<SavedLayer> layers = new ArrayList<>();
        for (String name : layerNames) {
            Node node = group.getChild(name);
            if (!(node instanceof Group)) {
                throw new InvalidModelFileException(source + ": layer_names lists \"" + name
                        + "\", but the file has no group of that name.");
            }
            Group g = (Group) node;
            List<String> weightNames = readStrings(g, "weight_names");
            List<StoredArray> values = new ArrayList<>();
            for (String weightName : weightNames) {
                Node w = g.getByPath(weightName);
                if (!(w instanceof Dataset)) {
                    throw new InvalidModelFileException(source + ": weight \"" + weightName + "\" of layer \"" + name
                            + "\" is listed in weight_names but missing from the file.");
                }
                values.add(StoredArray.of((Dataset) w));
            }
            layers.add(new SavedLayer(name, weightNames, values));
        }
        return new SavedWeights(layerNames, version == null ? "1" : version, backend, layers);
    }

    /** True when the group holds Keras weights (a {@code layer_names} attribute, possibly split). */
    static boolean isWeightsGroup(Group group) {
        return group.getAttribute("layer_names") != null || group.getAttribute("layer_names0") != null;
    }

    /**
     * Keras's {@code load_attributes_from_hdf5_group}: the attribute, or its chunks {@code name0, name1, ...};
     * an empty list when absent. Fixed- and variable-length strings are both accepted.
     */
    static List<String> readStrings(Group group, String name) {
        Attribute whole = group.getAttribute(name);
        if (whole != null) {
            return toStrings(whole);
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; group.getAttribute(name + i) != null; i++) {
            all.addAll(toStrings(group.getAttribute(name + i)));
        }
        return all;
    }

    /** A scalar string attribute (fixed or variable length), or null when absent. */
    static String readScalarString(Group group, String name) {
        Attribute a = group.getAttribute(name);
        if (a == null) {
            return null;
        }
        List<String> values = toStrings(a);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> toStrings(Attribute attribute) {
        List<String> out = new ArrayList<>();
        if (attribute.isEmpty()) {
            return out;
        }
        List<String> fixed = fixedLengthUtf8(attribute);
        if (fixed != null) {
            return fixed;
        }
        Object data = attribute.getData();
        if (data instanceof String) {
            out.add((String) data);
        } else if (data != null && data.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(data); i++) {
                Object item = Array.get(data, i);
                if (item instanceof String) {
                    out.add((String) item);
                }
            }
        }
        return out;
    }

    /**
     * Fixed-length strings decoded as UTF-8 whatever their label: h5py labels every NumPy {@code S} array ASCII,
     * and Keras decodes the bytes as UTF-8. Trailing NULs (spaces, for space padding) are padding, as NumPy strips them. Null when
     * the attribute is not a fixed-length string array.
     */
    private static List<String> fixedLengthUtf8(Attribute attribute) {
        if (!(attribute.getDataType() instanceof StringData)) {
            return null;
        }
        int size = attribute.getDataType().getSize();
        long count = attribute.getSize();
        ByteBuffer buffer = attribute.getBuffer();
        if (size <= 0 || buffer == null || buffer.remaining() < size * count) {
            return null;
        }
        StringData.PaddingType padding = ((StringData) attribute.getDataType()).getPaddingType();
        boolean spacePadded = padding == StringData.PaddingType.SPACE_PADDED;
        boolean nullTerminated = padding == StringData.PaddingType.NULL_TERMINATED;
        List<String> out = new ArrayList<>();
        ByteBuffer b = buffer.duplicate();
        byte[] element = new byte[size];
        for (long i = 0; i < count; i++) {
            b.get(element);
            int end = size;
            while (end > 0 && (element[end - 1] == 0 || spacePadded && element[end - 1] == ' ')) {
                end--;
            }
            if (nullTerminated) {
                int nul = 0;
                while (nul < end && element[nul] != 0) {
                    nul++;
                }
                end = nul;
            }
            out.add(new String(element, 0, end, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A dataset as a float32 array of the dataset's shape (scalars are rank 0). */
    static INDArray toArray(Dataset dataset) {
        int[] dims = dataset.getDimensions();
        long[] shape = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            shape[i] = dims[i];
        }
        ByteBuffer raw = StoredArray.contiguousFloat32(dataset);
        if (raw != null) {
            INDArray array = StoredArray.allocate(shape);
            WeightsLayout.littleEndianBytes(array).put(raw.duplicate());
            return array;
        }
        if (dataset.isScalar()) {
            return Nd4j.scalar(DataType.FLOAT, ((Number) wrapScalarValue(dataset.getData())).floatValue());
        }
        Object flat = dataset.getDataFlat();
        if (flat instanceof float[]) {
            return Nd4j.create((float[]) flat, shape, 'c');
        }
        if (flat instanceof double[]) {
            return Nd4j.create((double[]) flat, shape, 'c').castTo(DataType.FLOAT);
        }
        double[] values = new double[Array.getLength(flat)];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((Number) Array.get(flat, i)).doubleValue();
        }
        return Nd4j.create(values, shape, 'c').castTo(DataType.FLOAT);
    }

    private static Object wrapScalarValue(Object value) {
        if (value instanceof Number) {
            return value;
        }
        throw new InvalidModelFileException("A weight dataset holds " + value + ", not a number.");
    }

}
