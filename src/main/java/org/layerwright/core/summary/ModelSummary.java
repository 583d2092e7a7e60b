package org.layerwright.core.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.GraphNetwork;
import org.layerwright.core.InputLayer;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Node;
import org.layerwright.core.Sequential;

/**
 * A model's summary as data: its rows and totals, computed once and rendered by any view. Counting uses the
 * declared weight shapes only; no array is created.
 *
 * @param modelName      the model's name
 * @param modelClass     its Keras class name
 * @param sequentialLike true when Keras prints three columns (no "Connected to")
 * @param rows           one row per layer, in {@code model.layers} order
 * @param trainableParams    trainable parameters of the whole model (shared weights counted once)
 * @param nonTrainableParams non-trainable parameters of the whole model
 */
public record ModelSummary(String modelName, String modelClass, boolean sequentialLike, List<SummaryRow> rows,
        long trainableParams, long nonTrainableParams) {

    public long totalParams() {
        return trainableParams + nonTrainableParams;
    }

    /** Bytes of float32 weights: {@code 4 ×} the parameter count. */
    public long trainableBytes() {
        return trainableParams * 4;
    }

    public long nonTrainableBytes() {
        return nonTrainableParams * 4;
    }

    public long totalBytes() {
        return totalParams() * 4;
    }

    /** The summary of a model; one not built yet has unbuilt rows and no parameters, as Keras 3 shows it. */
    public static ModelSummary of(Model model) {
        GraphNetwork network = model.isGraphNetwork() ? model.network() : null;
        List<SummaryRow> rows = rows(model, network);
        long trainable = 0;
        long nonTrainable = 0;
        if (model.isBuilt()) {
            if (rows.stream().anyMatch(SummaryRow::hasNested)) {
                // Nested models may share layers: count each weight once, as Keras does.
                trainable = model.countTrainableParams();
                nonTrainable = model.countNonTrainableParams();
            } else {
                for (SummaryRow row : rows) {
                    trainable += row.trainableParams();
                    nonTrainable += row.nonTrainableParams();
                }
            }
        }
        return new ModelSummary(model.name(), model.className(), isSequentialLike(model, network),
                Collections.unmodifiableList(rows), trainable, nonTrainable);
    }

    private static List<SummaryRow> rows(Model model, GraphNetwork relevant) {
        List<Layer> layers = model.layers();
        List<SummaryRow> rows = new ArrayList<>(layers.size());
        for (Layer layer : layers) {
            rows.add(row(layer, relevant));
        }
        return rows;
    }

    private static SummaryRow row(Layer layer, GraphNetwork relevant) {
        List<String> connections = new ArrayList<>();
        for (Node node : layer.inboundNodes()) {
            if (relevant != null && !relevant.contains(node)) {
                continue;
            }
            for (KerasTensor t : node.inputTensors()) {
                connections.add(t.layer().name() + "[" + t.nodeIndex() + "][" + t.tensorIndex() + "]");
            }
        }
        List<SummaryRow> nested = null;
        if (layer instanceof Model && ((Model) layer).isBuilt()) {
            nested = rows((Model) layer, relevant);
        }
        boolean built = layer.isBuilt();
        long trainable = built ? layer.countTrainableParams() : 0;
        long nonTrainable = built ? layer.countNonTrainableParams() : 0;
        // A layer that was called but could not be built (it follows a layer Layerwright does not know) is used,
        // not "unused": its row shows an unknown shape and 0 parameters.
        boolean used = built || !layer.inboundNodes().isEmpty();
        return new SummaryRow(layer.name(), layer.className(), layer.outputShapesOrNull(),
                layer instanceof InputLayer, used, trainable + nonTrainable, trainable, nonTrainable,
                layer.trainable(), Collections.unmodifiableList(connections), nested,
                Explanation.of(layer));
    }

    /** Keras's rule for the three-column layout (reference §1.1). */
    private static boolean isSequentialLike(Model model, GraphNetwork network) {
        if (model instanceof Sequential || network == null) {
            return true;
        }
        Set<Node> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Integer, List<Node>> e : network.nodesByDepth().entrySet()) {
            List<Node> atDepth = e.getValue();
            if (atDepth.size() > 1 || atDepth.size() == 1 && atDepth.get(0).inputTensors().size() > 1) {
                return false;
            }
            nodes.addAll(atDepth);
        }
        for (Layer layer : model.layers()) {
            int inModel = 0;
            for (Node node : layer.inboundNodes()) {
                if (nodes.contains(node) && ++inModel > 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
