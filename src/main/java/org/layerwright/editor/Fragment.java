package org.layerwright.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.editor.commands.AddLayerCommand;
import org.layerwright.editor.commands.ConnectCommand;

/**
 * Copied layers and the wires between them (wires to layers outside the copy are left behind). Pasting makes
 * new ids and unique names, shifted by an offset, as one undo step.
 *
 * @param nodes the copied nodes
 * @param wires the wires among them
 */
public record Fragment(List<LayerNode> nodes, List<Wire> wires) {

    public Fragment {
        nodes = List.copyOf(nodes);
        wires = List.copyOf(wires);
    }

    /** The selected nodes of a graph, in document order, with the wires among them. */
    public static Fragment copy(LayerGraph graph, Set<String> ids) {
        List<LayerNode> nodes = new ArrayList<>();
        for (LayerNode node : graph.nodes()) {
            if (ids.contains(node.id())) {
                nodes.add(node);
            }
        }
        List<Wire> wires = new ArrayList<>();
        for (Wire wire : graph.wires()) {
            if (ids.contains(wire.from()) && ids.contains(wire.to())) {
                wires.add(wire);
            }
        }
        return new Fragment(nodes, wires);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The command that pastes this fragment into a document, shifted by (dx, dy); null for an empty fragment. */
    public CompositeCommand pasteCommand(ModelDocument document, double dx, double dy) {
        if (nodes.isEmpty()) {
            return null;
        }
        Map<String, String> newIds = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (LayerNode node : document.graph().nodes()) {
            taken.add(node.name());
        }
        List<Command> parts = new ArrayList<>();
        for (LayerNode node : nodes) {
            String id = document.newId();
            newIds.put(node.id(), id);
            String name = freeName(node.name(), taken);
            taken.add(name);
            parts.add(new AddLayerCommand(new LayerNode(id, node.className(), node.config(), node.x() + dx,
                    node.y() + dy).withName(name)));
        }
        for (Wire wire : wires) {
            parts.add(new ConnectCommand(new Wire(newIds.get(wire.from()), wire.fromPort(), newIds.get(wire.to()),
                    wire.toPort())));
        }
        return new CompositeCommand(nodes.size() == 1 ? "Paste layer" : "Paste " + nodes.size() + " layers", parts);
    }

    /** The new ids of the nodes a paste command adds, in order. */
    public static List<String> addedIds(CompositeCommand paste) {
        List<String> ids = new ArrayList<>();
        for (Command part : paste.parts()) {
            if (part instanceof AddLayerCommand add) {
                ids.add(add.node().id());
            }
        }
        return ids;
    }

    private static String freeName(String name, Set<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        String base = name.replaceFirst("_\\d+$", "");
        int i = 1;
        while (taken.contains(base + "_" + i)) {
            i++;
        }
        return base + "_" + i;
    }
}
