package org.layerwright.editor;

import java.util.List;
import java.util.Map;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.analysis.Problem;
import org.layerwright.editor.commands.AddLayerCommand;
import org.layerwright.editor.commands.ConnectCommand;
import org.layerwright.editor.commands.DisconnectCommand;

/** Commands that apply the fixes the analysis suggests, such as inserting a Flatten before a layer. */
public final class QuickFixes {
    private QuickFixes() {
    }

    /** The command inserting the suggested layer between a node and its single input, or null when there is none. */
    public static CompositeCommand insertSuggested(ModelDocument document, String id) {
        NodeAnalysis analysis = document.analysis(id);
        List<Wire> inputs = document.graph().inputsOf(id);
        if (analysis == null || analysis.problem() == null || analysis.problem().insert() == null
                || inputs.size() != 1) {
            return null;
        }
        Problem.Insertion insertion = analysis.problem().insert();
        LayerNode target = document.graph().node(id);
        Map<String, Object> config = LayerTemplates.config(insertion.className(),
                document.uniqueName(insertion.className()));
        config.putAll(insertion.config());
        LayerNode adapter = new LayerNode(document.newId(), insertion.className(), config, target.x(),
                target.y() - TidyLayout.NODE_HEIGHT / 2);
        Wire old = inputs.get(0);
        return new CompositeCommand("Insert " + insertion.className(), List.of(new DisconnectCommand(old),
                new AddLayerCommand(adapter, document.graph().indexOf(id)),
                new ConnectCommand(new Wire(old.from(), old.fromPort(), adapter.id(), 0)),
                new ConnectCommand(new Wire(adapter.id(), 0, id, old.toPort()))));
    }
}
