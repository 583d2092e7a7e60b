package org.layerwright.io.tfjs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Model;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.hdf5.Weights;

/**
 * Loads the weights a TensorFlow.js model.json lists in its {@code weightsManifest} into the model read from it:
 * shards are read from the model.json's folder, quantized weights are dequantized to float32, and names are matched
 * as tfjs-layers matches them. All or nothing: a failed load leaves the model's weights as they were.
 *
 * <pre>{@code
 * Map<String, Object> json = Models.parseJson(Files.readString(file), file.toString());
 * ModelDocument doc = Models.documentFromMap(json, file.toString());  // keep json.get("weightsManifest") first
 * TfjsWeights.load(doc.model(), manifest, file, false);
 * }</pre>
 */
public final class TfjsWeights {
    private TfjsWeights() {
    }

    /**
     * Reads and sets the weights. Strict ({@code lenient} false): any problem throws an
     * {@link InvalidModelFileException} naming the file and the fix (a missing shard: {@link MissingShardException}).
     * Lenient: a problem loads nothing and is returned as the report's reason and warning; names the model does not
     * have, and weights the manifest lacks, become warnings.
     */
    public static TfjsWeightsReport load(Model model, Object weightsManifest, Path modelJson, boolean lenient) {
        String file = modelJson.toString();
        try {
            WeightsManifest manifest = WeightsManifest.parse(weightsManifest, file);
            Path folder = modelJson.toAbsolutePath().normalize().getParent();
            List<List<Path>> shards = ShardReader.shardFiles(manifest, folder, file);
            Map<String, ShardReader.Decoded> decoded = ShardReader.read(manifest, shards, file);
            WeightMatcher.Result matched = WeightMatcher.match(model, decoded, lenient, file);
            Weights.assign(matched.values());
            int shardCount = shards.stream().mapToInt(List::size).sum();
            int tensors = matched.values().values().stream().mapToInt(Map::size).sum();
            return new TfjsWeightsReport(tensors, shardCount, matched.warnings(), null);
        } catch (InvalidModelFileException e) {
            if (!lenient) {
                throw e;
            }
            String reason = withoutFile(e.getMessage(), file);
            return new TfjsWeightsReport(0, 0, List.of("Weights not loaded: " + reason + " The model keeps freshly"
                    + " initialised weights."), reason);
        }
    }

    private static String withoutFile(String message, String file) {
        String prefix = file + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
