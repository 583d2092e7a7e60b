package org.layerwright.editor;

import java.util.List;
import org.layerwright.core.layers.LayerCatalog;
import org.layerwright.editor.analysis.NodeAnalysis;

/** How many input and output ports a node shows. */
public final class Ports {
    private Ports() {
    }

    /** Inputs: none for an InputLayer, one free port more than wired for merging layers, one for the rest. */
    public static int inputCount(ModelDocument document, LayerNode node) {
        if ("InputLayer".equals(node.className())) {
            return 0;
        }
        int wired = 0;
        for (Wire wire : document.graph().inputsOf(node.id())) {
            wired = Math.max(wired, wire.toPort() + 1);
        }
        LayerCatalog.Entry entry = LayerCatalog.find(node.className());
        if (entry != null && entry.group() == LayerCatalog.Group.MERGING) {
            return Math.max(2, wired + 1);
        }
        if (node.config().get("input_layers") instanceof List<?> inputs) {
            return Math.max(1, inputs.size());
        }
        return Math.max(1, wired);
    }

    /** Outputs: as many as the layer returns tensors (one when unknown). */
    public static int outputCount(ModelDocument document, LayerNode node) {
        NodeAnalysis analysis = document.analysis(node.id());
        if (analysis != null && analysis.outputShapes() != null) {
            return Math.max(1, analysis.outputShapes().size());
        }
        if (node.config().get("output_layers") instanceof List<?> outputs) {
            return Math.max(1, outputs.size());
        }
        return 1;
    }
}
