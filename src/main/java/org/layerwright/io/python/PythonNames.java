package org.layerwright.io.python;

import java.util.HashSet;
import java.util.Set;

/** Python variable names made from layer names: valid identifiers, never a keyword, never used twice in a file. */
final class PythonNames {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");
    /** Names the script itself uses. */
    private static final Set<String> RESERVED = Set.of("keras", "layers", "tf", "model");
    private final Set<String> used = new HashSet<>(RESERVED);

    /** A fresh identifier close to {@code wanted}: {@code dense}, or {@code dense_2} when {@code dense} is taken. */
    String fresh(String wanted) {
        String base = identifier(wanted);
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            name = base + "_" + i;
        }
        used.add(name);
        return name;
    }

    /** True for a name Python can take as a parameter: an identifier that is not a keyword. */
    static boolean isParameterName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") && !KEYWORDS.contains(name);
    }

    /** Takes a name the file uses on purpose (such as {@code model}) so no variable gets it. */
    void claim(String name) {
        used.add(name);
    }

    private static String identifier(String wanted) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < wanted.length(); i++) {
            char c = wanted.charAt(i);
            sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        if (sb.length() == 0 || Character.isDigit(sb.charAt(0))) {
            sb.insert(0, '_');
        }
        // A keyword gets Python's usual trailing underscore: a layer named "lambda" becomes lambda_.
        return KEYWORDS.contains(sb.toString()) ? sb + "_" : sb.toString();
    }
}
