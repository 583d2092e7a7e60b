package org.layerwright.app.summary;

/**
 * A line of the summary table: a layer's row, or (unfolded under it) the formulas behind its numbers.
 *
 * @param id        node id
 * @param layer     {@code dense (Dense)}, or the parameter formula on a formula line
 * @param shape     output shape, or the shape formula on a formula line
 * @param params    parameter count with thousands separators, {@code —} when unknown
 * @param connected {@code flatten[0][0]}, comma separated
 * @param problem   true when the layer has a problem
 * @param formula   true for a formula line
 */
public record SummaryLine(String id, String layer, String shape, String params, String connected, boolean problem,
        boolean formula) {
}
