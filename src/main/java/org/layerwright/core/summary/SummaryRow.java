package org.layerwright.core.summary;

import java.util.List;
import org.layerwright.core.Shape;

/**
 * One layer's line of a summary, as data: name, class, output shapes, parameter counts, connections, and the
 * explanations of its numbers. Views (Keras text, the window's table, JSON) format it.
 *
 * @param name           layer name
 * @param className      Keras class name
 * @param outputShapes   the output shapes, or null when Keras prints {@code multiple}; an entry is null when that
 *                       shape cannot be inferred (after a layer Layerwright does not know), printed {@code ?}
 * @param inputLayer     true for an InputLayer (tf.keras prints its shape inside a list)
 * @param built          false for a subclassed model's layer that was never called ({@code 0 (unused)})
 * @param params         all parameters
 * @param trainableParams    trainable parameters
 * @param nonTrainableParams non-trainable parameters
 * @param trainable      the layer's trainable flag (the {@code Trainable} column)
 * @param connectedTo    inbound connections within the model, as {@code layer[node][tensor]}
 * @param nested         the rows of a nested model's layers, or null for a plain layer
 * @param explanation    how the parameter count and the output shape arise, worked out when asked for
 */
public record SummaryRow(String name, String className, List<Shape> outputShapes, boolean inputLayer, boolean built,
        long params, long trainableParams, long nonTrainableParams, boolean trainable, List<String> connectedTo,
        List<SummaryRow> nested, Explanation explanation) {

    /** How the parameter count arises, with the real numbers ({@code 10 × (784 + 1) = 7,850}). */
    public String paramFormula() {
        return explanation.params();
    }

    /** How the output shape arises, or an empty string. */
    public String shapeFormula() {
        return explanation.shape();
    }

    /** {@code name (Class)}, the first column. */
    public String label() {
        return name + " (" + className + ")";
    }

    /** True when some output shape cannot be inferred: the layer is unknown to Layerwright, or follows one. */
    public boolean shapeUnknown() {
        if (outputShapes == null) {
            return false;
        }
        for (Shape shape : outputShapes) {
            if (shape == null) {
                return true;
            }
        }
        return false;
    }

    /** True when the row is a model whose layers can be expanded. */
    public boolean hasNested() {
        return nested != null && !nested.isEmpty();
    }
}
