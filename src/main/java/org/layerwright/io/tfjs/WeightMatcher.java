package org.layerwright.io.tfjs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.io.InvalidModelFileException;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Matches manifest names to a model's weights as tfjs-layers' {@code loadWeights} does: by the name
 * {@code layer_name/weight_name}; a name with a cell scope ({@code lstm/lstm_cell/kernel}, written by TF 2.2+)
 * also matches without it. Layerwright also drops outer model scopes ({@code sequential/dense/kernel}, written by
 * Keras 3's converter), which tfjs-layers refuses. Names are never matched by position.
 */
final class WeightMatcher {
    /** One weight of the model. */
    private record Slot(Layer owner, int index, WeightSpec spec, String name) {
    }

    /** What was matched: the arrays by owner and index, and the warnings of a lenient match. */
    record Result(Map<Layer, Map<Integer, INDArray>> values, List<String> warnings) {
    }

    private final Map<String, Slot> byName = new LinkedHashMap<>();
    private final Map<String, Slot> byShortName = new LinkedHashMap<>();

    private WeightMatcher(Model model, String file) {
        List<String> ambiguous = new ArrayList<>();
        for (Layer owner : model.weightOwners()) {
            if (!owner.isBuilt()) {
                continue;
            }
            List<WeightSpec> specs = owner.weightSpecs();
            for (int i = 0; i < specs.size(); i++) {
                Slot slot = new Slot(owner, i, specs.get(i), owner.name() + "/" + specs.get(i).path());
                if (byName.putIfAbsent(slot.name(), slot) != null) {
                    throw new InvalidModelFileException(file, null, "the model has two weights named "
                            + slot.name() + "; rename one of the layers.", null);
                }
                String shortName = withoutCell(slot.name());
                if (!shortName.equals(slot.name()) && byShortName.putIfAbsent(shortName, slot) != null) {
                    ambiguous.add(shortName);
                }
            }
        }
        ambiguous.forEach(byShortName::remove);
    }

    /** Matches the decoded weights to the model's; strict refuses unknown names and weights left unset. */
    static Result match(Model model, Map<String, ShardReader.Decoded> weights, boolean lenient, String file) {
        return new WeightMatcher(model, file).match(weights, lenient, file);
    }

    private Result match(Map<String, ShardReader.Decoded> weights, boolean lenient, String file) {
        Map<Slot, String> assigned = new LinkedHashMap<>();
        Map<Layer, Map<Integer, INDArray>> values = new IdentityHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ShardReader.Decoded decoded : weights.values()) {
            WeightsManifest.Entry entry = decoded.entry();
            Slot slot = find(entry.name());
            if (slot == null) {
                unknown.add(entry.name());
                continue;
            }
            String before = assigned.put(slot, entry.name());
            if (before != null) {
                throw WeightsManifest.error(file, entry.place(), "\"" + before + "\" and \"" + entry.name()
                        + "\" both name the weight " + slot.name() + "; keep one of them.");
            }
            check(entry, slot, file);
            values.computeIfAbsent(slot.owner(), o -> new LinkedHashMap<>()).put(slot.index(), decoded.value());
        }
        if (!unknown.isEmpty()) {
            String problem = "the weights manifest names " + unknown.size() + " weight" + (unknown.size() == 1 ? ""
                    : "s") + " this model does not have: " + String.join(", ", unknown) + ".";
            if (!lenient) {
                throw WeightsManifest.error(file, "weightsManifest", problem + " The topology and the weights do"
                        + " not belong together; export them again from the same model.");
            }
            warnings.add(problem + " They were skipped.");
        }
        List<String> unset = new ArrayList<>();
        for (Slot slot : byName.values()) {
            if (!assigned.containsKey(slot)) {
                unset.add(slot.name());
            }
        }
        if (!unset.isEmpty()) {
            String problem = unset.size() + " of " + byName.size() + " weights are not in the weights manifest: "
                    + String.join(", ", unset) + ".";
            if (!lenient) {
                throw WeightsManifest.error(file, "weightsManifest", problem + " The topology and the weights do"
                        + " not belong together; export them again from the same model.");
            }
            warnings.add(problem + " They keep freshly initialised values.");
        }
        return new Result(values, warnings);
    }

    private Slot find(String name) {
        String[] tokens = name.split("/", -1);
        for (int start = 0; start < tokens.length - 1; start++) {
            String candidate = String.join("/", Arrays.asList(tokens).subList(start, tokens.length));
            for (String n : List.of(candidate, withoutCell(candidate))) {
                Slot slot = byName.containsKey(n) ? byName.get(n) : byShortName.get(n);
                if (slot != null) {
                    return slot;
                }
            }
        }
        return null;
    }

    /** tfjs-layers' fallback: {@code a/cell/w} without its second-to-last part ({@code a/w}). */
    private static String withoutCell(String name) {
        String[] tokens = name.split("/", -1);
        if (tokens.length < 3) {
            return name;
        }
        List<String> kept = new ArrayList<>(Arrays.asList(tokens).subList(0, tokens.length - 2));
        kept.add(tokens[tokens.length - 1]);
        return String.join("/", kept);
    }

    private static void check(WeightsManifest.Entry entry, Slot slot, String file) {
        Shape expected = slot.spec().shape();
        Integer[] dims = entry.shape().toArray(new Integer[0]);
        if (!expected.equals(Shape.of(dims))) {
            throw WeightsManifest.error(file, entry.place(), "shape " + entry.shape() + " does not fit the weight "
                    + slot.name() + " of layer \"" + slot.owner().name() + "\", which has shape " + expected
                    + ". The topology and the weights do not belong together; export them again from the same"
                    + " model.");
        }
        if (!"float32".equals(entry.dtype())) {
            throw WeightsManifest.error(file, entry.place(), "dtype " + entry.dtype() + " does not fit the weight "
                    + slot.name() + " of layer \"" + slot.owner().name() + "\", which holds float32 values.");
        }
    }
}
