package org.layerwright.editor.analysis;

import java.util.List;
import org.layerwright.core.Shape;
import org.layerwright.core.summary.SummaryRow;

/**
 * What the editor knows about one node after the last change: its output shapes, its summary row (counts and
 * formulas), or the problem that stops it. A node whose input is still unknown (upstream problem, no wire yet
 * upstream) has neither shapes nor a problem of its own.
 *
 * @param id           node id
 * @param outputShapes the output shapes, or null when unknown
 * @param row          the summary row (shapes null, counts 0 when unknown)
 * @param problem      the node's own problem, or null
 */
public record NodeAnalysis(String id, List<Shape> outputShapes, SummaryRow row, Problem problem) {

    public boolean hasProblem() {
        return problem != null;
    }

    /** The output shapes as Keras prints them: {@code (None, 10)}, several joined, or {@code ?} when unknown. */
    public String shapeText() {
        if (outputShapes == null) {
            return "?";
        }
        if (outputShapes.size() == 1) {
            return outputShapes.get(0).toString();
        }
        return outputShapes.toString();
    }
}
