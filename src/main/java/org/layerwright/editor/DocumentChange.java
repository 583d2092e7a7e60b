package org.layerwright.editor;

import java.util.Set;

/**
 * What one change of a document did: its new revision, the nodes whose shapes, counts, problems or config changed
 * (removed ones included), and whether nodes or wires came or went.
 *
 * @param revision         the document's revision after the change
 * @param changedNodes     ids whose analysis or node changed
 * @param structureChanged true when nodes or wires were added or removed
 */
public record DocumentChange(long revision, Set<String> changedNodes, boolean structureChanged) {
}
