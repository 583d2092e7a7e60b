package org.layerwright.core.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;

/**
 * Writes config values exactly as PyYAML 5.x's {@code yaml.dump(value)} does with its defaults (block style,
 * keys sorted, indent 2, width 80, no unicode), which is what Keras's {@code to_yaml()} wrote up to TF 2.5 /
 * Keras 2.3. Python tuples ({@link PyTuple}) carry PyYAML's {@code !!python/tuple} tag; strings that would read
 * back as another type ({@code "true"}, {@code "1.0"}, {@code ""}) are quoted as PyYAML quotes them.
 *
 * <p>This is a port of the parts of PyYAML's representer and emitter that a Keras config reaches; the state
 * variables keep PyYAML's names so the two can be compared line by line. Keras's configs never share a
 * collection object between two places, so PyYAML's anchors and aliases do not occur and are not written.
 *
 * <pre>{@code
 * String yaml = PyYaml.dump(model.updatedConfig());
 * }</pre>
 */
public final class PyYaml {
    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;
    private static final String TUPLE_TAG = "!!python/tuple";
    /** Stands for Python's None on the indent stack (ArrayDeque takes no nulls). */
    private static final int NO_INDENT = Integer.MIN_VALUE;

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<Integer> indents = new ArrayDeque<>();
    private Integer indent;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private int flowLevel;

    private PyYaml() {
    }

    /** The YAML text of a config value, as PyYAML's {@code yaml.dump(value)} writes it. */
    public static String dump(Object value) {
        PyYaml emitter = new PyYaml();
        emitter.node(value, false, false);
        emitter.writeIndent();
        return emitter.out.toString();
    }

    // ------------------------------------------------------------------ nodes

    @SuppressWarnings("unchecked")
    private void node(Object value, boolean mappingContext, boolean simpleKey) {
        if (value instanceof KerasObject) {
            value = ((KerasObject) value).toConfig();
        } else if (value instanceof Shape) {
            value = PyTuple.copyOf(((Shape) value).toList());
        } else if (value instanceof int[]) {
            List<Object> boxed = new ArrayList<>();
            for (int i : (int[]) value) {
                boxed.add(i);
            }
            value = boxed;
        }
        if (value instanceof Map) {
            mapping((Map<String, Object>) value);
        } else if (value instanceof List) {
            if (value instanceof PyTuple) {
                writeIndicator(TUPLE_TAG, true, false, false);
            }
            sequence((List<Object>) value, mappingContext);
        } else {
            scalar(value, simpleKey);
        }
    }

    private void mapping(Map<String, Object> map) {
        if (flowLevel > 0 || map.isEmpty()) {
            emptyFlow("{", "}");
            return;
        }
        increaseIndent(false, false);
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(PyYaml::comparePython);
        for (String key : keys) {
            writeIndent();
            if (key.length() >= 128 || key.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("Cannot write the config key \"" + key + "\" as a simple YAML key:"
                        + " Keras config keys are short identifiers.");
            }
            node(key, true, true);
            writeIndicator(":", false, false, false);
            node(map.get(key), true, false);
        }
        popIndent();
    }

    private void sequence(List<Object> list, boolean mappingContext) {
        if (flowLevel > 0 || list.isEmpty()) {
            emptyFlow("[", "]");
            return;
        }
        increaseIndent(false, mappingContext && !indention);
        for (Object item : list) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, false, false);
        }
        popIndent();
    }

    /** PyYAML writes only empty collections in flow style when default_flow_style is False. */
    private void emptyFlow(String open, String close) {
        writeIndicator(open, true, true, false);
        flowLevel++;
        increaseIndent(true, false);
        popIndent();
        flowLevel--;
        writeIndicator(close, false, false, false);
    }

    private void scalar(Object value, boolean simpleKey) {
        increaseIndent(true, false);
        String text;
        boolean implicitPlain;
        if (value == null) {
            text = "null";
            implicitPlain = true;
        } else if (value instanceof Boolean) {
            text = ((Boolean) value) ? "true" : "false";
            implicitPlain = true;
        } else if (value instanceof Double || value instanceof Float) {
            text = floatText(((Number) value).doubleValue());
            implicitPlain = true;
        } else if (value instanceof Number) {
            text = value.toString();
            implicitPlain = true;
        } else if (value instanceof String) {
            text = (String) value;
            implicitPlain = !PyYamlScalars.resolvesToOtherType(text);
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as YAML: " + value);
        }
        char style;
        if (!(value instanceof String)) {
            // null, booleans and numbers are plain in PyYAML's output, without analysis.
            style = ' ';
        } else {
            style = chooseStyle(PyYamlScalars.analyze(text), implicitPlain, simpleKey);
        }
        boolean split = !simpleKey;
        if (style == '"') {
            writeDoubleQuoted(text, split);
        } else if (style == '\'') {
            writeSingleQuoted(text, split);
        } else {
            writePlain(text, split);
        }
        popIndent();
    }

    private char chooseStyle(PyYamlScalars.Analysis analysis, boolean implicitPlain, boolean simpleKey) {
        if (implicitPlain && !(simpleKey && (analysis.empty || analysis.multiline))
                && (flowLevel > 0 ? analysis.allowFlowPlain : analysis.allowBlockPlain)) {
            return ' ';
        }
        if (analysis.allowSingleQuoted && !(simpleKey && analysis.multiline)) {
            return '\'';
        }
        return '"';
    }

    /** Python's {@code repr(float).lower()}, with {@code .0} before a bare exponent, as PyYAML's represent_float. */
    static String floatText(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String value = PythonJson.floatRepr(d).toLowerCase(java.util.Locale.ROOT);
        if (value.indexOf('.') < 0 && value.indexOf('e') >= 0) {
            value = value.replaceFirst("e", ".0e");
        }
        return value;
    }

    /** Python's ordering of str keys: by code point. */
    private static int comparePython(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // ------------------------------------------------------------------ writer (PyYAML's Emitter)

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent == null ? NO_INDENT : indent);
        if (indent == null) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    private void popIndent() {
        int previous = indents.pop();
        indent = previous == NO_INDENT ? null : previous;
    }

    private void write(String data) {
        out.append(data);
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        String data = whitespace || !needWhitespace ? indicator : " " + indicator;
        whitespace = isWhitespace;
        indention = indention && isIndention;
        column += data.length();
        write(data);
    }

    private void writeIndent() {
        int target = indent == null ? 0 : indent;
        if (!indention || column > target || (column == target && !whitespace)) {
            writeLineBreak();
        }
        if (column < target) {
            whitespace = true;
            write(" ".repeat(target - column));
            column = target;
        }
    }

    private void writeLineBreak() {
        writeLineBreak("\n");
    }

    private void writeLineBreak(String data) {
        whitespace = true;
        indention = true;
        column = 0;
        write(data);
    }

    private void writeText(int[] text, int start, int end) {
        column += end - start;
        write(new String(text, start, end - start));
    }

    private void writePlain(String s, boolean split) {
        if (s.isEmpty()) {
            return;
        }
        if (!whitespace) {
            column += 1;
            write(" ");
        }
        whitespace = false;
        indention = false;
        if (s.indexOf(' ') < 0) {
            // Plain scalars never hold line breaks, so without spaces there is nothing to split.
            column += s.codePointCount(0, s.length());
            write(s);
            return;
        }
        int[] text = s.codePoints().toArray();
        boolean spaces = false;
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            int ch = end < text.length ? text[end] : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && split) {
                        writeIndent();
                        whitespace = false;
                        indention = false;
                    } else {
                        writeText(text, start, end);
                    }
                    start = end;
                }
            } else if (ch == -1 || ch == ' ') {
                writeText(text, start, end);
                start = end;
            }
            spaces = ch == ' ';
        }
    }

    private void writeSingleQuoted(String s, boolean split) {
        writeIndicator("'", true, false, false);
        int[] text = s.codePoints().toArray();
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            int ch = end < text.length ? text[end] : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && split && start != 0 && end != text.length) {
                        writeIndent();
                    } else {
                        writeText(text, start, end);
                    }
                    start = end;
                }
            } else if (breaks) {
                if (ch == -1 || !PyYamlScalars.isBreak(ch)) {
                    if (text[start] == '\n') {
                        writeLineBreak();
                    }
                    for (int k = start; k < end; k++) {
                        writeLineBreak(new String(text, k, 1));
                    }
                    writeIndent();
                    start = end;
                }
            } else if (ch == -1 || ch == ' ' || PyYamlScalars.isBreak(ch) || ch == '\'') {
                if (start < end) {
                    writeText(text, start, end);
                    start = end;
                }
            }
            if (ch == '\'') {
                column += 2;
                write("''");
                start = end + 1;
            }
            if (ch != -1) {
                spaces = ch == ' ';
                breaks = PyYamlScalars.isBreak(ch);
            }
        }
        writeIndicator("'", false, false, false);
    }

    private void writeDoubleQuoted(String s, boolean split) {
        writeIndicator("\"", true, false, false);
        int[] text = s.codePoints().toArray();
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            int ch = end < text.length ? text[end] : -1;
            if (ch == -1 || ch == '"' || ch == '\\' || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF
                    || !(ch >= 0x20 && ch <= 0x7E)) {
                if (start < end) {
                    writeText(text, start, end);
                    start = end;
                }
                if (ch != -1) {
                    String data = PyYamlScalars.escape(ch);
                    column += data.length();
                    write(data);
                    start = end + 1;
                }
            }
            if (end > 0 && end < text.length - 1 && (ch == ' ' || start >= end)
                    && column + (end - start) > BEST_WIDTH && split) {
                String data = new String(text, start, Math.max(0, end - start)) + "\\";
                if (start < end) {
                    start = end;
                }
                column += data.length();
                write(data);
                writeIndent();
                whitespace = false;
                indention = false;
                if (text[start] == ' ') {
                    column += 1;
                    write("\\");
                }
            }
        }
        writeIndicator("\"", false, false, false);
    }
}
