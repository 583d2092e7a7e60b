package org.layerwright.editor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Shape;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.errors.IncompatibleShapeException;

/** Turns core errors into node problems, and looks for a layer whose insertion makes a misfit input fit. */
final class Problems {
    private Problems() {
    }

    /** A problem from an error raised while reading a layer's config or arguments. */
    static Problem fromArgumentError(RuntimeException error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new Problem(message, expectedPart(message), "", null);
    }

    /** A problem from a shape misfit, with the core's suggested fix and, when one works, a layer to insert. */
    static Problem fromShapeError(IncompatibleShapeException error, Layer layer, List<Shape> inputs) {
        String message = error.getMessage();
        String fix = error.suggestedFix() == null ? "" : error.suggestedFix();
        String what = !fix.isEmpty() && message.endsWith(" " + fix)
                ? message.substring(0, message.length() - fix.length() - 1) : message;
        return new Problem(what, expectedPart(what), fix, inputs.size() == 1 ? findInsertion(layer, inputs.get(0))
                : null);
    }

    /** A problem with a fixed wording (no input, a loop, a missing output port). */
    static Problem of(String what, String expected, String fix) {
        return new Problem(what, expected, fix, null);
    }

    /** The "expected ..." clause of a core message, or empty. */
    static String expectedPart(String message) {
        int start = message.indexOf("expected ");
        if (start < 0) {
            return "";
        }
        int end = message.indexOf(", found", start);
        if (end < 0) {
            end = message.indexOf(", received", start);
        }
        if (end < 0) {
            end = message.indexOf('.', start);
        }
        return message.substring(start + "expected ".length(), end < 0 ? message.length() : end);
    }

    /**
     * The first of the usual adapters (Flatten; a Reshape adding a channel axis) after which the layer accepts the
     * input, or null. Each candidate is checked by computing shapes, so a suggestion always works.
     */
    static Problem.Insertion findInsertion(Layer layer, Shape input) {
        for (Problem.Insertion candidate : candidates(input)) {
            try {
                Layer adapter = Layers.deserialize(entry(candidate));
                Shape adapted = adapter.computeOutputShape(input);
                layer.computeOutputShapes(List.of(adapted));
                return candidate;
            } catch (RuntimeException doesNotFit) {
                // Not this adapter; try the next.
            }
        }
        return null;
    }

    private static List<Problem.Insertion> candidates(Shape input) {
        List<Problem.Insertion> out = new ArrayList<>();
        Map<String, Object> flatten = new LinkedHashMap<>();
        flatten.put("data_format", "channels_last");
        out.add(new Problem.Insertion("Flatten", flatten));
        if (input.rank() >= 2 && input.slice(1).isFullyKnown()) {
            List<Object> target = new ArrayList<>(input.slice(1).toList());
            target.add(1);
            Map<String, Object> reshape = new LinkedHashMap<>();
            reshape.put("target_shape", PyTuple.copyOf(target));
            out.add(new Problem.Insertion("Reshape", reshape));
        }
        return out;
    }

    private static Map<String, Object> entry(Problem.Insertion insertion) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "adapter_check");
        config.putAll(insertion.config());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("class_name", insertion.className());
        entry.put("config", config);
        return entry;
    }
}
