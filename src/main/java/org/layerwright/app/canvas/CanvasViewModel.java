package org.layerwright.app.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.editor.DocumentChange;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.Wire;

/**
 * The canvas's view of the document: one {@link NodeViewModel} per node, the wires, and the problems list. It
 * follows the document's changes, updating only the nodes a change names.
 */
public final class CanvasViewModel {
    /** A line of the problems list. */
    public record ProblemItem(String id, String layerName, String message) {
        @Override
        public String toString() {
            return layerName + ": " + message;
        }
    }

    private final MainViewModel main;
    private final Map<String, NodeViewModel> byId = new HashMap<>();
    private final ObservableList<NodeViewModel> nodes = FXCollections.observableArrayList();
    // One read-only view, kept: listeners on a fresh wrapper would be dropped with it.
    private final ObservableList<NodeViewModel> nodesReadOnly = FXCollections.unmodifiableObservableList(nodes);
    private final ObservableList<Wire> wires = FXCollections.observableArrayList();
    // One read-only view, kept: listeners on a fresh wrapper would be dropped with it.
    private final ObservableList<Wire> wiresReadOnly = FXCollections.unmodifiableObservableList(wires);
    private final ObservableList<ProblemItem> problems = FXCollections.observableArrayList();
    // One read-only view, kept: listeners on a fresh wrapper would be dropped with it.
    private final ObservableList<ProblemItem> problemsReadOnly = FXCollections.unmodifiableObservableList(problems);

    public CanvasViewModel(MainViewModel main) {
        this.main = main;
        main.lastChangeProperty().addListener((obs, old, change) -> apply(change));
        main.selection().addListener((ListChangeListener<String>) c -> syncSelection());
        apply(main.lastChangeProperty().get());
    }

    public MainViewModel main() {
        return main;
    }

    /** The nodes, in document order (read-only). */
    public ObservableList<NodeViewModel> nodes() {
        return nodesReadOnly;
    }

    public ObservableList<Wire> wires() {
        return wiresReadOnly;
    }

    public ObservableList<ProblemItem> problems() {
        return problemsReadOnly;
    }

    public NodeViewModel node(String id) {
        return byId.get(id);
    }

    private void apply(DocumentChange change) {
        if (change == null) {
            return;
        }
        ModelDocument document = main.document();
        if (change.structureChanged()) {
            List<String> ids = document.graph().ids();
            Set<String> present = new HashSet<>(ids);
            byId.keySet().removeIf(id -> !present.contains(id));
            for (String id : ids) {
                byId.computeIfAbsent(id, NodeViewModel::new).refresh(document);
            }
            nodes.setAll(ids.stream().map(byId::get).toList());
            wires.setAll(document.graph().wires());
        } else {
            for (String id : change.changedNodes()) {
                NodeViewModel node = byId.get(id);
                if (node != null && document.graph().contains(id)) {
                    node.refresh(document);
                }
            }
        }
        refreshProblems(document);
        syncSelection();
    }

    private void refreshProblems(ModelDocument document) {
        List<ProblemItem> current = new java.util.ArrayList<>();
        for (NodeViewModel node : nodes) {
            String problem = node.problemProperty().get();
            if (problem != null) {
                current.add(new ProblemItem(node.id(), node.nameProperty().get(), problem));
            }
        }
        if (!current.equals(problems)) {
            problems.setAll(current);
        }
    }

    private void syncSelection() {
        Set<String> selected = new HashSet<>(main.selection());
        for (NodeViewModel node : nodes) {
            node.setSelected(selected.contains(node.id()));
        }
    }
}
