package org.layerwright.io.hdf5;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.io.hdf5.SavedWeights.SavedLayer;

/**
 * What {@link Weights#loadWithReport} did to each layer of the model that has weights: loaded, skipped for a
 * mismatch (only with {@code skip_mismatch}), or not in the file (only by name). Keras's warnings are kept too.
 *
 * <pre>{@code
 * WeightsReport report = Weights.loadWithReport(model, Path.of("w.h5"), true, true);
 * report.layers().forEach(r -> System.out.println(r.layer() + ": " + r.outcome() + " " + r.detail()));
 * }</pre>
 *
 * @param layers   one result per model layer that has weights, in model order
 * @param warnings Keras's warnings for skipped weights
 */
public record WeightsReport(List<LayerResult> layers, List<String> warnings) {
    /** What happened to one layer. */
    public enum Outcome {
        /** Every weight of the layer was set from the file. */
        LOADED,
        /** The file's weights did not fit (count or shape) and were skipped ({@code skip_mismatch=True}). */
        SKIPPED,
        /** The file has no layer of this name (loading by name leaves the layer as it was). */
        NOT_IN_FILE
    }

    /**
     * One layer's result.
     *
     * @param layer   the layer's name in the model
     * @param outcome what happened
     * @param detail  a sentence for the user (where the weights came from, or why they were skipped)
     */
    public record LayerResult(String layer, Outcome outcome, String detail) {
    }

    public WeightsReport {
        layers = List.copyOf(layers);
        warnings = List.copyOf(warnings);
    }

    /** How many layers had this outcome. */
    public long count(Outcome outcome) {
        return layers.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Describes a load that succeeded (nothing is assigned when Keras refuses, so there is no report then). */
    static WeightsReport describe(Model model, Path file, boolean byName, List<String> warnings) {
        List<Layer> owners = new ArrayList<>();
        for (Layer layer : model.layers()) {
            if (!WeightSlot.legacyOrder(layer).isEmpty()) {
                owners.add(layer);
            }
        }
        List<String> savedNames = new ArrayList<>();
        boolean structural;
        try (HdfFile hdf = new HdfFile(file)) {
            structural = !SavedWeights.isWeightsGroup(hdf) && hdf.getChild("model_weights") == null
                    && hdf.getChild("layers") != null;
            if (!structural) {
                for (SavedLayer saved : Weights.weightsGroup(hdf, file).layers()) {
                    if (byName || !saved.weightNames().isEmpty()) {
                        savedNames.add(saved.name());
                    }
                }
            }
        }
        List<LayerResult> results = new ArrayList<>();
        Set<String> inFile = new HashSet<>(savedNames);
        for (int k = 0; k < owners.size(); k++) {
            String name = owners.get(k).name();
            if (structural) {
                results.add(new LayerResult(name, Outcome.LOADED, "matched by the model's structure"));
            } else if (!byName) {
                results.add(new LayerResult(name, Outcome.LOADED, "from saved layer " + savedNames.get(k)
                        + " (position " + k + ")"));
            } else if (!inFile.contains(name)) {
                results.add(new LayerResult(name, Outcome.NOT_IN_FILE, "no layer named " + name
                        + " in the file; left as it was"));
            } else {
                String skipped = warningFor(name, warnings);
                results.add(skipped == null ? new LayerResult(name, Outcome.LOADED, "by name")
                        : new LayerResult(name, Outcome.SKIPPED, skipped));
            }
        }
        return new WeightsReport(results, warnings);
    }

    private static String warningFor(String layer, List<String> warnings) {
        String prefix = "Skipping loading of weights for layer " + layer + " due to";
        for (String warning : warnings) {
            if (warning.startsWith(prefix)) {
                return warning;
            }
        }
        return null;
    }
}
