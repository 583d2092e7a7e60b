package org.layerwright.core.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;

/**
 * Writes config values exactly as Python's {@code json.dumps} does with its defaults: separators {@code ", "}
 * and {@code ": "}, keys in insertion order, {@code ensure_ascii}, and Python's float repr ({@code 1e-05},
 * {@code 0.001}, {@code 1.0}). Keras's {@code to_json()} is this applied to the model's config.
 */
public final class PythonJson {
    private PythonJson() {
    }

    /** The JSON text of a config value (maps, lists, strings, numbers, booleans, null). */
    public static String dumps(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String) {
            writeString(sb, (String) value);
        } else if (value instanceof Boolean) {
            sb.append(((Boolean) value) ? "true" : "false");
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(floatRepr(((Number) value).doubleValue()));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger || value instanceof Byte) {
            sb.append(value);
        } else if (value instanceof BigDecimal) {
            sb.append(floatRepr(((BigDecimal) value).doubleValue()));
        } else if (value instanceof Map) {
            writeMap(sb, (Map<String, Object>) value);
        } else if (value instanceof List) {
            writeList(sb, (List<Object>) value);
        } else if (value instanceof KerasObject) {
            writeMap(sb, ((KerasObject) value).toConfig());
        } else if (value instanceof Shape) {
            writeList(sb, (List<Object>) (List<?>) ((Shape) value).toList());
        } else if (value instanceof int[]) {
            int[] array = (int[]) value;
            sb.append('[');
            for (int i = 0; i < array.length; i++) {
                sb.append(i > 0 ? ", " : "").append(array[i]);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON: " + value);
        }
    }

    private static void writeMap(StringBuilder sb, Map<String, Object> map) {
        sb.append('{');
        Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Object> e = it.next();
            writeString(sb, e.getKey());
            sb.append(": ");
            write(sb, e.getValue());
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        sb.append('}');
    }

    private static void writeList(StringBuilder sb, List<Object> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, list.get(i));
        }
        sb.append(']');
    }

    /** A JSON string with Python's {@code ensure_ascii=True} escaping. */
    public static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that read back to the same double, positional unless the
     * decimal exponent is below -4 or above 16 ({@code 1e-05}, {@code 0.0001}, {@code 1e+16}, {@code 1.0}).
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDigits(d).stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int n = digits.length();
        int decpt = n - shortest.scale();
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= n) {
            sb.append(digits);
            for (int i = n; i < decpt; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return sb.toString();
    }

    private static BigDecimal shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(rounded.toString()) == d) {
                return rounded;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
