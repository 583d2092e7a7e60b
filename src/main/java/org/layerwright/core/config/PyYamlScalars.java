package org.layerwright.core.config;

import java.util.regex.Pattern;

/**
 * PyYAML's scalar rules, used by {@link PyYaml}: which styles a string allows ({@code Emitter.analyze_scalar}),
 * which plain strings would read back as another type ({@code Resolver}'s implicit resolvers), and the escapes of
 * double-quoted strings.
 */
final class PyYamlScalars {
    private static final Pattern BOOL = Pattern.compile(
            "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
            + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)"
            + "|\\.(?:nan|NaN|NAN)");
    private static final Pattern INT = Pattern.compile("[-+]?0b[0-1_]+"
            + "|[-+]?0[0-7_]+"
            + "|[-+]?(?:0|[1-9][0-9_]*)"
            + "|[-+]?0x[0-9a-fA-F_]+"
            + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern MERGE = Pattern.compile("<<");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
            + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
            + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");
    private static final Pattern VALUE = Pattern.compile("=");

    private PyYamlScalars() {
    }

    /** What PyYAML's {@code analyze_scalar} allows for a string. */
    static final class Analysis {
        boolean empty;
        boolean multiline;
        boolean allowFlowPlain = true;
        boolean allowBlockPlain = true;
        boolean allowSingleQuoted = true;
    }

    /**
     * True when a plain string would be read back as something other than a string (bool, int, float, null,
     * timestamp, merge or value key). Python's {@code $} also matches before one final newline.
     */
    static boolean resolvesToOtherType(String s) {
        if (s.isEmpty()) {
            return true;
        }
        // PyYAML only tries the resolvers registered for the first character.
        char first = s.charAt(0);
        Pattern[] candidates;
        if ("yYnNtTfFoO".indexOf(first) >= 0) {
            candidates = first == 'n' || first == 'N' ? new Pattern[] {BOOL, NULL} : new Pattern[] {BOOL};
        } else if (first >= '0' && first <= '9') {
            candidates = new Pattern[] {FLOAT, INT, TIMESTAMP};
        } else if (first == '-' || first == '+') {
            candidates = new Pattern[] {FLOAT, INT};
        } else if (first == '.') {
            candidates = new Pattern[] {FLOAT};
        } else if (first == '<') {
            candidates = new Pattern[] {MERGE};
        } else if (first == '~') {
            candidates = new Pattern[] {NULL};
        } else if (first == '=') {
            candidates = new Pattern[] {VALUE};
        } else {
            return false;
        }
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (Pattern p : candidates) {
            if (p.matcher(s).matches() || p.matcher(body).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A string of letters, digits and {@code _ . / -} (not leading '-'), which every style allows. */
    static boolean isSimple(String s) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.startsWith("...")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                    || c == '/' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static boolean isBreak(int ch) {
        return ch == '\n' || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    private static boolean isSpaceOrBreak(int ch) {
        return ch == 0 || ch == ' ' || ch == '\t' || ch == '\r' || isBreak(ch);
    }

    static Analysis analyze(String s) {
        Analysis a = new Analysis();
        if (isSimple(s)) {
            return a;
        }
        if (s.isEmpty()) {
            a.empty = true;
            a.allowFlowPlain = false;
            return a;
        }
        int[] text = s.codePoints().toArray();
        boolean blockIndicators = false;
        boolean flowIndicators = false;
        boolean lineBreaks = false;
        boolean specialCharacters = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        if (s.startsWith("---") || s.startsWith("...")) {
            blockIndicators = true;
            flowIndicators = true;
        }
        boolean precededByWhitespace = true;
        boolean followedByWhitespace = text.length == 1 || isSpaceOrBreak(text[1]);
        boolean previousSpace = false;
        boolean previousBreak = false;
        for (int index = 0; index < text.length; index++) {
            int ch = text[index];
            if (index == 0) {
                if ("#,[]{}&*!|>'\"%@`".indexOf(ch) >= 0) {
                    flowIndicators = true;
                    blockIndicators = true;
                }
                if (ch == '?' || ch == ':') {
                    flowIndicators = true;
                    if (followedByWhitespace) {
                        blockIndicators = true;
                    }
                }
                if (ch == '-' && followedByWhitespace) {
                    flowIndicators = true;
                    blockIndicators = true;
                }
            } else {
                if (",?[]{}".indexOf(ch) >= 0) {
                    flowIndicators = true;
                }
                if (ch == ':') {
                    flowIndicators = true;
                    if (followedByWhitespace) {
                        blockIndicators = true;
                    }
                }
                if (ch == '#' && precededByWhitespace) {
                    flowIndicators = true;
                    blockIndicators = true;
                }
            }
            if (isBreak(ch)) {
                lineBreaks = true;
            }
            if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7E))) {
                // Without allow_unicode every other character is special, printable or not.
                specialCharacters = true;
            }
            if (ch == ' ') {
                leadingSpace |= index == 0;
                trailingSpace |= index == text.length - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(ch)) {
                leadingBreak |= index == 0;
                trailingBreak |= index == text.length - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isSpaceOrBreak(ch);
            followedByWhitespace = index + 2 >= text.length || isSpaceOrBreak(text[index + 2]);
        }
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            a.allowFlowPlain = false;
            a.allowBlockPlain = false;
        }
        if (breakSpace) {
            a.allowFlowPlain = false;
            a.allowBlockPlain = false;
            a.allowSingleQuoted = false;
        }
        if (spaceBreak || specialCharacters) {
            a.allowFlowPlain = false;
            a.allowBlockPlain = false;
            a.allowSingleQuoted = false;
        }
        if (lineBreaks) {
            a.allowFlowPlain = false;
            a.allowBlockPlain = false;
        }
        if (flowIndicators) {
            a.allowFlowPlain = false;
        }
        if (blockIndicators) {
            a.allowBlockPlain = false;
        }
        a.multiline = lineBreaks;
        return a;
    }

    /** PyYAML's escape of one character inside a double-quoted string. */
    static String escape(int ch) {
        switch (ch) {
            case 0: return "\\0";
            case 0x07: return "\\a";
            case 0x08: return "\\b";
            case 0x09: return "\\t";
            case 0x0A: return "\\n";
            case 0x0B: return "\\v";
            case 0x0C: return "\\f";
            case 0x0D: return "\\r";
            case 0x1B: return "\\e";
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case 0x85: return "\\N";
            case 0xA0: return "\\_";
            case 0x2028: return "\\L";
            case 0x2029: return "\\P";
            default:
                if (ch <= 0xFF) {
                    return String.format("\\x%02X", ch);
                }
                if (ch <= 0xFFFF) {
                    return String.format("\\u%04X", ch);
                }
                return String.format("\\U%08X", ch);
        }
    }
}
