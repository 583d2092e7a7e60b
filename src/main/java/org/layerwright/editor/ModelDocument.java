package org.layerwright.editor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.layerwright.core.Keras;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.analysis.ShapeAnalysis;

/**
 * A model being edited: the layer graph with positions, the model's name and kind, a revision counter, and the
 * shapes and counts of every node, recomputed after each change. It changes only through commands, applied by
 * its {@link UndoStack}; listeners hear of every change with the new revision.
 */
public final class ModelDocument {
    private final LayerGraph graph = new LayerGraph();
    private final ShapeAnalysis analysis = new ShapeAnalysis();
    private final List<Consumer<DocumentChange>> listeners = new CopyOnWriteArrayList<>();
    private final UndoStack undoStack = new UndoStack(this);
    private String modelName;
    private boolean sequential;
    private long revision;
    private long nextId = 1;

    /** An empty document for a model of this name; {@code sequential} when it should save as a Sequential. */
    public ModelDocument(String modelName, boolean sequential) {
        this.modelName = modelName;
        this.sequential = sequential;
    }

    /** The graph (read it; change it only through commands). */
    public LayerGraph graph() {
        return graph;
    }

    /** The undo stack that applies this document's commands. */
    public UndoStack undoStack() {
        return undoStack;
    }

    public String modelName() {
        return modelName;
    }

    /** True when the model came from (and, while it is a single chain, converts back to) a Sequential. */
    public boolean sequential() {
        return sequential;
    }

    public long revision() {
        return revision;
    }

    /** The shapes, counts and problem of a node. */
    public NodeAnalysis analysis(String id) {
        return analysis.get(id);
    }

    /** How many layer evaluations the analysis has run so far (it is incremental; tests check this). */
    public long evaluations() {
        return analysis.evaluations();
    }

    public void addListener(Consumer<DocumentChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<DocumentChange> listener) {
        listeners.remove(listener);
    }

    /** A fresh node id. */
    public String newId() {
        String id;
        do {
            id = "n" + nextId++;
        } while (graph.contains(id));
        return id;
    }

    /** A layer name not yet used in the document, in Keras's style: {@code dense}, {@code dense_1}, ... */
    public String uniqueName(String className) {
        String base = Keras.toSnakeCase(className);
        if (!graph.hasName(base)) {
            return base;
        }
        int i = 1;
        while (graph.hasName(base + "_" + i)) {
            i++;
        }
        return base + "_" + i;
    }

    /** Runs a command's execute or undo on the graph, then updates the analysis and tells listeners. */
    void change(Consumer<LayerGraph> mutation) {
        mutation.accept(graph);
        LayerGraph.Changes changes = graph.drainChanges();
        Set<String> changed = new LinkedHashSet<>(changes.touched());
        changed.addAll(analysis.update(graph, changes.dirty(), changes.structureChanged()));
        revision++;
        DocumentChange event = new DocumentChange(revision, changed, changes.structureChanged());
        for (Consumer<DocumentChange> listener : listeners) {
            listener.accept(event);
        }
    }

    /** Fills an empty document (opening a model); not an undoable step. */
    void load(List<LayerNode> nodes, List<Wire> wires) {
        if (graph.size() > 0) {
            throw new IllegalStateException("Load a model into a new document.");
        }
        change(g -> {
            for (LayerNode node : nodes) {
                g.insertNode(g.size(), node);
            }
            for (Wire wire : wires) {
                g.insertWire(g.wires().size(), wire);
            }
        });
    }
}
