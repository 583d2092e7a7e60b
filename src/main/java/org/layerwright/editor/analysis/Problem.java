package org.layerwright.editor.analysis;

import java.util.Map;

/**
 * Why a node has no shape: what happened, what was expected, how to fix it, and, when the editor found one, a layer
 * to insert before the node that makes its input fit.
 *
 * @param what     what happened, in plain words
 * @param expected what the layer expected (may be empty)
 * @param fix      a suggested fix (may be empty)
 * @param insert   a layer that fits between the node and its input (class name and config), or null
 */
public record Problem(String what, String expected, String fix, Insertion insert) {

    /** A layer to insert before the node (a quick fix the editor checked). */
    public record Insertion(String className, Map<String, Object> config) {
    }

    /** The message shown on the node: what, then the fix. */
    public String message() {
        StringBuilder sb = new StringBuilder(what);
        if (!fix.isEmpty()) {
            sb.append(' ').append(fix);
        }
        if (insert != null) {
            sb.append(" Or insert ").append(insert.className()).append(" before it.");
        }
        return sb.toString();
    }
}
