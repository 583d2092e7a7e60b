package org.layerwright.io.python;

import java.util.List;
import java.util.Map;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.config.PythonJson;

/**
 * Config values written as Python source: {@code None}, {@code True}, {@code (3, 3)}, {@code "relu"}, floats as
 * Python's {@code repr}, and Keras objects ({@code {"class_name", "config"}}) as constructor calls such as
 * {@code keras.initializers.GlorotUniform(seed=None)}.
 */
final class PythonLiterals {
    private PythonLiterals() {
    }

    /** A value as Python source; {@code module} is where a nested Keras object's class lives (may be null). */
    static String literal(Object value, String module) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return floatLiteral(((Number) value).doubleValue());
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof KerasObject object) {
            return call(module, object.className(), object.config());
        }
        if (value instanceof PyTuple tuple) {
            return tuple.size() == 1 ? "(" + literal(tuple.get(0), module) + ",)" : "(" + items(tuple, module) + ")";
        }
        if (value instanceof List<?> list) {
            return "[" + items(list, module) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            return mapLiteral(map, module);
        }
        throw new IllegalArgumentException("A config value of type " + value.getClass().getSimpleName()
                + " has no Python form: " + value);
    }

    /** A string in double quotes, with Python's escapes for quotes, backslashes and control characters. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Python's {@code repr(float)}; infinities and NaN as {@code float("inf")} and {@code float("nan")}. */
    static String floatLiteral(double d) {
        if (Double.isNaN(d)) {
            return "float(\"nan\")";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "float(\"inf\")" : "-float(\"inf\")";
        }
        return PythonJson.floatRepr(d);
    }

    /** {@code module.ClassName(key=value, ...)}. */
    static String call(String module, String className, Map<?, ?> config) {
        StringBuilder sb = new StringBuilder();
        if (module != null) {
            sb.append(module).append('.');
        }
        sb.append(className).append('(');
        boolean first = true;
        for (Map.Entry<?, ?> e : config.entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey()).append('=').append(literal(e.getValue(), null));
            first = false;
        }
        return sb.append(')').toString();
    }

    private static String mapLiteral(Map<?, ?> map, String module) {
        if (map.size() == 2 && map.get("class_name") instanceof String className
                && map.get("config") instanceof Map<?, ?> config) {
            if ("Policy".equals(className) && config.get("name") instanceof String policy) {
                return "keras.mixed_precision.Policy(" + string(policy) + ")";
            }
            return call(module, className, config);
        }
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            sb.append(first ? "" : ", ").append(literal(e.getKey(), module)).append(": ")
                    .append(literal(e.getValue(), module));
            first = false;
        }
        return sb.append('}').toString();
    }

    private static String items(List<?> list, String module) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(literal(list.get(i), module));
        }
        return sb.toString();
    }
}
