package org.layerwright.app.inspector;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.PyTuple;

/** Turns what the user typed or picked into a config value, or says why it is not one. */
public final class ValueParser {
    /** The value, or the reason it could not be read. */
    public record Parsed(Object value, String error) {
        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed error(String error) {
            return new Parsed(null, error);
        }

        public boolean ok() {
            return error == null;
        }
    }

    private ValueParser() {
    }

    /** Reads {@code text} as a value of this kind; {@code current} decides list versus tuple. */
    public static Parsed parse(ArgumentKind kind, String text, Object current) {
        String t = text == null ? "" : text.strip();
        switch (kind) {
            case INT:
                try {
                    return Parsed.ok(Integer.parseInt(t.replace(",", "").replace("_", "")));
                } catch (NumberFormatException e) {
                    return Parsed.error("expected a whole number, e.g. 64; received '" + t + "'.");
                }
            case FLOAT:
                try {
                    return Parsed.ok(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    return Parsed.error("expected a number, e.g. 0.5; received '" + t + "'.");
                }
            case BOOL:
                return Parsed.ok(Boolean.parseBoolean(t));
            case TUPLE:
                return tuple(t, current);
            case OPTIONAL:
                return optional(t);
            case INITIALIZER:
                return Parsed.ok(KerasObjects.serialize(KerasObjects.byName(KerasObjects.Kind.INITIALIZER, t)));
            case REGULARIZER:
                return t.equals("None") ? Parsed.ok(null)
                        : Parsed.ok(KerasObjects.serialize(KerasObjects.byName(KerasObjects.Kind.REGULARIZER, t)));
            case CONSTRAINT:
                return t.equals("None") ? Parsed.ok(null)
                        : Parsed.ok(KerasObjects.serialize(KerasObjects.byName(KerasObjects.Kind.CONSTRAINT, t)));
            default:
                return Parsed.ok(t);
        }
    }

    /** {@code (3, 3)}, {@code 3, 3}, {@code [None, 28]} or {@code 3} as a tuple (or list) of ints and None. */
    private static Parsed tuple(String t, Object current) {
        String inner = t.replaceAll("^[\\[(]|[\\])]$", "").strip();
        List<Object> items = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String part : inner.split(",")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (p.equals("None") || p.equals("null")) {
                    items.add(null);
                    continue;
                }
                try {
                    items.add(Integer.parseInt(p));
                } catch (NumberFormatException e) {
                    return Parsed.error("expected whole numbers separated by commas, e.g. (3, 3); received '" + t
                            + "'.");
                }
            }
        }
        return Parsed.ok(current instanceof PyTuple || current == null ? PyTuple.copyOf(items) : items);
    }

    /** An empty field or None is null; otherwise a number when it reads as one, else the text. */
    private static Parsed optional(String t) {
        if (t.isEmpty() || t.equals("None") || t.equals("null")) {
            return Parsed.ok(null);
        }
        try {
            return Parsed.ok(Integer.parseInt(t));
        } catch (NumberFormatException notInt) {
            try {
                return Parsed.ok(Double.parseDouble(t));
            } catch (NumberFormatException notNumber) {
                return Parsed.ok(t);
            }
        }
    }

    /** How a value is shown in a text field: tuples as {@code (3, 3)}, null as {@code None}. */
    public static String format(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(list.get(i) == null ? "None" : list.get(i));
            }
            return sb.append(list.size() == 1 ? ",)" : ")").toString();
        }
        return String.valueOf(value);
    }
}
