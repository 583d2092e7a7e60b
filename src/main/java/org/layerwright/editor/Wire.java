package org.layerwright.editor;

/**
 * A connection from an output port of one layer to an input port of another.
 *
 * @param from     id of the producing layer
 * @param fromPort index of its output (0 unless the layer returns several tensors)
 * @param to       id of the consuming layer
 * @param toPort   index of the consumer's input (0 unless it merges several inputs)
 */
public record Wire(String from, int fromPort, String to, int toPort) {

    /** A wire between the first ports. */
    public static Wire of(String from, String to) {
        return new Wire(from, 0, to, 0);
    }
}
