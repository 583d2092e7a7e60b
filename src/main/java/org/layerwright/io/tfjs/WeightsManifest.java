package org.layerwright.io.tfjs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.io.InvalidModelFileException;

/**
 * The {@code weightsManifest} of a TensorFlow.js model.json: groups of shard files, each holding its weights back to
 * back in little-endian order, in the order listed (tfjs-core's {@code decodeWeights}).
 *
 * @param groups the groups in file order
 */
record WeightsManifest(List<Group> groups) {
    /** The dtypes a weight may declare. */
    static final List<String> DTYPES = List.of("float32", "int32", "bool");

    /**
     * One group: its shard files (relative to the model.json's folder) and the weights they hold.
     *
     * @param index   the group's position in the manifest, from 0
     * @param paths   the shard files, concatenated in this order
     * @param weights the weights, back to back
     */
    record Group(int index, List<String> paths, List<Entry> weights) {
        /** The bytes the weights take; the shards must hold exactly this many. */
        long byteLength() {
            long sum = 0;
            for (Entry e : weights) {
                sum = Math.addExact(sum, e.byteLength());
            }
            return sum;
        }
    }

    /**
     * One weight.
     *
     * @param place        where it is in the manifest, for messages
     * @param name         its name ({@code dense/kernel})
     * @param shape        its dimensions
     * @param dtype        float32, int32 or bool (the dtype before any quantization)
     * @param quantization how it is stored, or null when stored as {@code dtype}
     */
    record Entry(String place, String name, List<Integer> shape, String dtype, Quantization quantization) {
        /** The number of values. */
        long size() {
            long n = 1;
            for (int d : shape) {
                n = Math.multiplyExact(n, (long) d);
            }
            return n;
        }

        /** The bytes the stored values take. */
        long byteLength() {
            int per = quantization != null ? quantization.bytesPerValue() : "bool".equals(dtype) ? 1 : 4;
            return Math.multiplyExact(size(), (long) per);
        }
    }

    /** Parses a model.json's {@code weightsManifest} value; {@code file} names the model.json in errors. */
    static WeightsManifest parse(Object value, String file) {
        if (!(value instanceof List<?> list)) {
            throw error(file, "weightsManifest", "expected a list of weight groups, found " + kind(value) + ".");
        }
        List<Group> groups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int g = 0; g < list.size(); g++) {
            String place = "weightsManifest[" + g + "]";
            Map<?, ?> group = map(list.get(g), file, place);
            List<String> paths = new ArrayList<>();
            for (Object p : list(group.get("paths"), file, place + ".paths")) {
                if (!(p instanceof String s) || s.isEmpty()) {
                    throw error(file, place + ".paths", "expected shard file names, found " + kind(p) + ".");
                }
                paths.add(s);
            }
            List<Entry> entries = new ArrayList<>();
            List<?> weights = list(group.get("weights"), file, place + ".weights");
            for (int w = 0; w < weights.size(); w++) {
                Entry entry = entry(map(weights.get(w), file, place + ".weights[" + w + "]"), file,
                        place + ".weights[" + w + "]");
                if (!names.add(entry.name())) {
                    throw error(file, entry.place(), "the weight name \"" + entry.name() + "\" is listed twice;"
                            + " every weight needs its own name.");
                }
                entries.add(entry);
            }
            groups.add(new Group(g, paths, entries));
        }
        return new WeightsManifest(groups);
    }

    private static Entry entry(Map<?, ?> map, String file, String at) {
        if (!(map.get("name") instanceof String name) || name.isEmpty()) {
            throw error(file, at, "a weight without a \"name\".");
        }
        String place = at + " (\"" + name + "\")";
        List<Integer> shape = new ArrayList<>();
        for (Object d : list(map.get("shape"), file, place + ".shape")) {
            if (!(d instanceof Integer i) || i < 0) {
                throw error(file, place, "shape " + map.get("shape") + " is not a list of non-negative integers.");
            }
            shape.add(i);
        }
        Object dtype = map.get("dtype");
        if (!DTYPES.contains(dtype)) {
            throw error(file, place, "unsupported dtype " + quoted(dtype) + ". Layerwright reads weights of dtype "
                    + "float32, int32 and bool.");
        }
        Quantization quantization = map.containsKey("quantization")
                ? quantization(map.get("quantization"), (String) dtype, file, place) : null;
        Entry entry = new Entry(place, name, List.copyOf(shape), (String) dtype, quantization);
        try {
            entry.byteLength();
        } catch (ArithmeticException e) {
            throw error(file, place, "shape " + shape + " declares more values than any file can hold.");
        }
        return entry;
    }

    private static Quantization quantization(Object value, String dtype, String file, String place) {
        Map<?, ?> q = map(value, file, place + ".quantization");
        Object qDtype = q.get("dtype");
        if ("float16".equals(qDtype)) {
            if (!"float32".equals(dtype)) {
                throw error(file, place, "float16 quantization only applies to float32 weights, not " + dtype + ".");
            }
            return new Quantization("float16", 0, 0);
        }
        if (!"uint8".equals(qDtype) && !"uint16".equals(qDtype)) {
            throw error(file, place, "unknown quantization dtype " + quoted(qDtype) + ". Supported quantization"
                    + " dtypes are uint8, uint16 and float16.");
        }
        if (!(q.get("scale") instanceof Number scale) || !(q.get("min") instanceof Number min)) {
            throw error(file, place, "quantization " + qDtype + " needs numbers \"scale\" and \"min\".");
        }
        if ("bool".equals(dtype)) {
            throw error(file, place, "bool weights cannot be quantized.");
        }
        return new Quantization((String) qDtype, scale.doubleValue(), min.doubleValue());
    }

    private static Map<?, ?> map(Object value, String file, String place) {
        if (!(value instanceof Map<?, ?> m)) {
            throw error(file, place, "expected a JSON object, found " + kind(value) + ".");
        }
        return m;
    }

    private static List<?> list(Object value, String file, String place) {
        if (!(value instanceof List<?> l)) {
            throw error(file, place, "expected a list, found " + kind(value) + ".");
        }
        return l;
    }

    private static String quoted(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String kind(Object value) {
        return value == null ? "null" : value instanceof String ? "a string" : value instanceof Map ? "an object"
                : value instanceof List ? "a list" : "the value " + value;
    }

    static InvalidModelFileException error(String file, String place, String problem) {
        return new InvalidModelFileException(file, place, problem, null);
    }
}
