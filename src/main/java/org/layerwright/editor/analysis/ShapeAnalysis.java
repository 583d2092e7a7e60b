package org.layerwright.editor.analysis;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.layerwright.editor.LayerGraph;
import org.layerwright.editor.Wire;

/**
 * Shapes, counts and problems of every node, kept up to date incrementally: after an edit only the touched nodes
 * are recomputed, in topological order, and a node's consumers only when its output shapes changed. A 1,000-layer
 * graph therefore costs a handful of layer evaluations per edit, not a thousand.
 */
public final class ShapeAnalysis {
    private final Map<String, NodeAnalysis> results = new HashMap<>();
    private final Map<String, Integer> topologicalIndex = new HashMap<>();
    private Set<String> inLoop = Set.of();
    private long evaluations;
    private int nextIndex;

    /** The analysis of a node, or null for an unknown id. */
    public NodeAnalysis get(String id) {
        return results.get(id);
    }

    /** All results by node id (read-only view). */
    public Map<String, NodeAnalysis> all() {
        return Collections.unmodifiableMap(results);
    }

    /** How many node evaluations ran since this analysis was made (to check incrementality). */
    public long evaluations() {
        return evaluations;
    }

    /** Recomputes everything. */
    public Set<String> recomputeAll(LayerGraph graph) {
        results.clear();
        return update(graph, new HashSet<>(graph.ids()), true);
    }

    /**
     * Brings the results up to date after an edit that touched {@code dirty} nodes; returns the ids whose results
     * changed (removed nodes included).
     */
    public Set<String> update(LayerGraph graph, Set<String> dirty, boolean structureChanged) {
        Set<String> changed = new LinkedHashSet<>();
        Set<String> start = new HashSet<>(dirty);
        if (structureChanged && results.size() > graph.size()) {
            results.keySet().removeIf(id -> {
                boolean gone = !graph.contains(id);
                if (gone) {
                    changed.add(id);
                }
                return gone;
            });
        }
        if (structureChanged) {
            Set<String> oldLoop = inLoop;
            if (!extendOrder(graph, dirty)) {
                order(graph);
            }
            start.addAll(oldLoop);
            start.addAll(inLoop);
        }
        PriorityQueue<String> queue = new PriorityQueue<>((a, b) -> Integer.compare(topologicalIndex.get(a),
                topologicalIndex.get(b)));
        Set<String> queued = new HashSet<>();
        for (String id : start) {
            if (graph.contains(id) && queued.add(id)) {
                queue.add(id);
            }
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            NodeAnalysis before = results.get(id);
            NodeAnalysis after = NodeEvaluator.evaluate(graph, id, results, inLoop.contains(id));
            evaluations++;
            results.put(id, after);
            if (!after.equals(before)) {
                changed.add(id);
            }
            if (before == null || !Objects.equals(before.outputShapes(), after.outputShapes())) {
                for (Wire wire : graph.outputsOf(id)) {
                    if (queued.add(wire.to())) {
                        queue.add(wire.to());
                    }
                }
            }
        }
        return changed;
    }

    /**
     * Keeps the current order when it is still topological: new nodes go last, and every wire into a touched node
     * (new wires touch their target) must run forward. Removing nodes or wires never breaks an order. Returns false
     * when the order must be recomputed.
     */
    private boolean extendOrder(LayerGraph graph, Set<String> dirty) {
        if (!inLoop.isEmpty() || topologicalIndex.isEmpty()) {
            return false;
        }
        if (topologicalIndex.size() > graph.size()) {
            topologicalIndex.keySet().removeIf(id -> !graph.contains(id));
        }
        for (String id : dirty) {
            if (graph.contains(id) && !topologicalIndex.containsKey(id)) {
                topologicalIndex.put(id, nextIndex++);
            }
        }
        for (String id : dirty) {
            Integer target = topologicalIndex.get(id);
            if (target == null) {
                continue;
            }
            for (Wire wire : graph.inputsOf(id)) {
                Integer source = topologicalIndex.get(wire.from());
                if (source == null || source >= target) {
                    return false;
                }
            }
        }
        return topologicalIndex.size() == graph.size();
    }

    /** Of the nodes Kahn's algorithm left over, those on a loop: drops, again and again, nodes leading nowhere. */
    private static Set<String> onLoops(LayerGraph graph, Set<String> leftOver) {
        Set<String> loop = new HashSet<>(leftOver);
        boolean trimmed = true;
        while (trimmed) {
            trimmed = loop.removeIf(id -> graph.outputsOf(id).stream().noneMatch(w -> loop.contains(w.to())));
        }
        return loop;
    }

    /** Kahn's algorithm in document order; nodes left over sit on a loop and are ordered last. */
    private void order(LayerGraph graph) {
        topologicalIndex.clear();
        Map<String, Integer> missingInputs = new HashMap<>();
        ArrayDeque<String> ready = new ArrayDeque<>();
        List<String> ids = graph.ids();
        for (String id : ids) {
            int count = graph.inputsOf(id).size();
            missingInputs.put(id, count);
            if (count == 0) {
                ready.add(id);
            }
        }
        int next = 0;
        while (!ready.isEmpty()) {
            String id = ready.poll();
            topologicalIndex.put(id, next++);
            for (Wire wire : graph.outputsOf(id)) {
                if (missingInputs.merge(wire.to(), -1, Integer::sum) == 0) {
                    ready.add(wire.to());
                }
            }
        }
        Set<String> leftOver = new LinkedHashSet<>();
        for (String id : ids) {
            if (!topologicalIndex.containsKey(id)) {
                topologicalIndex.put(id, next++);
                leftOver.add(id);
            }
        }
        inLoop = onLoops(graph, leftOver);
        nextIndex = next;
    }
}
