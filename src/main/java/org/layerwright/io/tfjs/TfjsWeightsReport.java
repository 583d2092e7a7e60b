package org.layerwright.io.tfjs;

import java.util.List;

/**
 * What reading a model.json's weights did.
 *
 * @param tensors        the tensors read from the shards and set into the model (0 when nothing was loaded)
 * @param shards         the shard files read
 * @param warnings       what a lenient read skipped or could not do, for the user
 * @param notLoadedReason why no weights were loaded, or null when they were (or the manifest lists none)
 */
public record TfjsWeightsReport(int tensors, int shards, List<String> warnings, String notLoadedReason) {
    public TfjsWeightsReport {
        warnings = List.copyOf(warnings);
    }

    /** One line for the import preview: what was read, or why not. */
    public String describe() {
        if (notLoadedReason != null) {
            return "not loaded: " + notLoadedReason;
        }
        if (tensors == 0) {
            return "none (the weights manifest lists no weights)";
        }
        return "loaded: " + tensors + " tensor" + (tensors == 1 ? "" : "s") + " read from " + shards + " shard file"
                + (shards == 1 ? "" : "s");
    }
}
