package org.layerwright.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * Typed, checked access to one layer's config map. Every error names the layer and the key, says what was found
 * and what was expected.
 */
public final class ConfigReader {
    private final Map<String, Object> config;
    private final String className;

    public ConfigReader(String className, Map<String, Object> config) {
        this.className = className;
        this.config = config;
    }

    public Map<String, Object> map() {
        return config;
    }

    public boolean has(String key) {
        return config.containsKey(key) && config.get(key) != null;
    }

    public Object raw(String key) {
        return config.get(key);
    }

    private InvalidConfigException wrong(String key, String expected) {
        Object name = config.get("name");
        String where = name == null ? className : "'" + name + "' (" + className + ")";
        return new InvalidConfigException("Layer " + where + ": config key \"" + key + "\" is " + describe(config.get(key))
                + ", expected " + expected + ".");
    }

    private static String describe(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        return String.valueOf(value);
    }

    public String string(String key, String defaultValue) {
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (!(v instanceof String)) {
            throw wrong(key, "a string");
        }
        return (String) v;
    }

    public String requireString(String key) {
        String s = string(key, null);
        if (s == null) {
            throw wrong(key, "a string");
        }
        return s;
    }

    public boolean bool(String key, boolean defaultValue) {
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (!(v instanceof Boolean)) {
            throw wrong(key, "true or false");
        }
        return (Boolean) v;
    }

    private static Integer asInt(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            long l = ((Number) v).longValue();
            return l == (int) l ? (int) l : null;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? (int) d : null;
        }
        return null;
    }

    public int requireInt(String key) {
        Integer i = asInt(config.get(key));
        if (i == null) {
            throw wrong(key, "an integer");
        }
        return i;
    }

    public Integer integer(String key, Integer defaultValue) {
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        Integer i = asInt(v);
        if (i == null) {
            throw wrong(key, "an integer");
        }
        return i;
    }

    public double number(String key, double defaultValue) {
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (!(v instanceof Number)) {
            throw wrong(key, "a number");
        }
        return ((Number) v).doubleValue();
    }

    public Double optNumber(String key) {
        Object v = config.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number)) {
            throw wrong(key, "a number");
        }
        return ((Number) v).doubleValue();
    }

    /** As {@link #intTuple(String, int, int[])} for an argument Keras requires: a missing one is an error. */
    public int[] requireIntTuple(String key, int length) {
        int[] value = intTuple(key, length, null);
        if (value == null) {
            throw wrong(key, length == 1 ? "an integer" : "an integer or a tuple of " + length + " integers");
        }
        return value;
    }

    /** An int or a list of {@code length} ints; a single int is repeated, as Keras's {@code normalize_tuple}. */
    public int[] intTuple(String key, int length, int[] defaultValue) {
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        Integer single = asInt(v);
        if (single != null) {
            int[] out = new int[length];
            java.util.Arrays.fill(out, single);
            return out;
        }
        if (v instanceof List && ((List<?>) v).size() == length) {
            int[] out = new int[length];
            for (int i = 0; i < length; i++) {
                Integer item = asInt(((List<?>) v).get(i));
                if (item == null) {
                    throw wrong(key, "a list of " + length + " integers");
                }
                out[i] = item;
            }
            return out;
        }
        throw wrong(key, length == 1 ? "an integer" : "an integer or a list of " + length + " integers");
    }

    /** A list of ints of any length, or null. */
    public List<Integer> intList(String key) {
        Object v = config.get(key);
        if (v == null) {
            return null;
        }
        Integer single = asInt(v);
        if (single != null) {
            return List.of(single);
        }
        if (!(v instanceof List)) {
            throw wrong(key, "a list of integers");
        }
        List<Integer> out = new ArrayList<>();
        for (Object item : (List<?>) v) {
            Integer i = asInt(item);
            if (i == null) {
                throw wrong(key, "a list of integers");
            }
            out.add(i);
        }
        return out;
    }

    /** A shape given as a list whose entries are ints or null. */
    public Shape shape(String key) {
        Object v = config.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List)) {
            throw wrong(key, "a list of dimensions (integers or null)");
        }
        List<Integer> dims = new ArrayList<>();
        for (Object item : (List<?>) v) {
            if (item == null) {
                dims.add(null);
                continue;
            }
            Integer i = asInt(item);
            if (i == null || i < 0) {
                throw wrong(key, "a list of dimensions (integers or null)");
            }
            dims.add(i);
        }
        return Shape.of(dims);
    }

    public KerasObject object(KerasObjects.Kind kind, String key, KerasObject defaultValue) {
        if (!config.containsKey(key)) {
            return defaultValue;
        }
        try {
            return KerasObjects.resolve(kind, config.get(key));
        } catch (RuntimeException e) {
            throw new InvalidConfigException("Layer '" + config.get("name") + "' (" + className + "): config key \""
                    + key + "\": " + e.getMessage(), e);
        }
    }
}
