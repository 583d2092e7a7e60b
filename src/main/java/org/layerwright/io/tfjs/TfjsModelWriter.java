package org.layerwright.io.tfjs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.PythonJson;
import org.layerwright.io.ConfigWriter;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.hdf5.AtomicFiles;
import org.layerwright.io.migrate.KerasGeneration;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Writes a TensorFlow.js Layers model as the tfjs converter does: {@code model.json} ({@code format},
 * {@code generatedBy}, {@code convertedBy}, {@code modelTopology}, {@code weightsManifest}) and one weight group of
 * float32 values in {@code group1-shardKofN.bin} files of at most 4 MiB. A model without weight arrays yet gets
 * freshly initialised ones, as an HDF5 save does. The shards are written before model.json, each file atomically.
 *
 * <pre>{@code
 * TfjsModelWriter.write(Path.of("web/model.json"), model, KerasGeneration.TF_KERAS_2, Map.of());
 * }</pre>
 */
public final class TfjsModelWriter {
    /** The converter's default shard size ({@code weight_shard_size_bytes}). */
    public static final int SHARD_BYTES = 4 * 1024 * 1024;

    private TfjsModelWriter() {
    }

    /** Writes the model, its weights and the document's own keys (after the tfjs keys). */
    public static void write(Path modelJson, Model model, KerasGeneration generation, Map<String, Object> extras) {
        Map<String, Object> topology = ConfigWriter.envelope(model, generation);
        List<Map<String, Object>> entries = new ArrayList<>();
        List<INDArray> values = new ArrayList<>();
        if (model.isBuilt()) {
            for (Layer owner : model.weightOwners()) {
                if (!owner.isBuilt()) {
                    continue;
                }
                List<WeightSpec> specs = owner.weightSpecs();
                List<INDArray> arrays = owner.getWeights();
                for (int i = 0; i < specs.size(); i++) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("name", owner.name() + "/" + specs.get(i).path());
                    entry.put("shape", specs.get(i).shape().toList());
                    entry.put("dtype", "float32");
                    entries.add(entry);
                    values.add(arrays.get(i));
                }
            }
        }
        Path folder = modelJson.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidModelFileException(modelJson + ": cannot be written: the folder " + folder
                    + " cannot be created: " + e.getMessage(), e);
        }
        List<String> paths = writeShards(folder, values);
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("paths", paths);
        group.put("weights", entries);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", "layers-model");
        json.put("generatedBy", "keras v" + topology.get("keras_version"));
        json.put("convertedBy", convertedBy());
        json.put("modelTopology", topology);
        json.put("weightsManifest", List.of(group));
        extras.forEach(json::putIfAbsent);
        String text = PythonJson.dumps(json);
        AtomicFiles.write(modelJson, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    /** Concatenates the arrays' little-endian float32 bytes and splits them into shards named as the converter does. */
    private static List<String> writeShards(Path folder, List<INDArray> values) {
        long total = 0;
        for (INDArray v : values) {
            total += 4 * v.length();
        }
        int count = (int) ((total + SHARD_BYTES - 1) / SHARD_BYTES);
        List<String> names = new ArrayList<>();
        ValueBytes source = new ValueBytes(values);
        for (int k = 1; k <= count; k++) {
            String name = "group1-shard" + k + "of" + count + ".bin";
            int size = (int) Math.min(SHARD_BYTES, total - (long) (k - 1) * SHARD_BYTES);
            ByteBuffer shard = source.next(size);
            AtomicFiles.write(folder.resolve(name), temp -> {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    while (shard.hasRemaining()) {
                        out.write(shard);
                    }
                }
            });
            names.add(name);
        }
        return names;
    }

    private static String convertedBy() {
        String version = TfjsModelWriter.class.getPackage().getImplementationVersion();
        return "Layerwright" + (version == null ? "" : " v" + version);
    }

    /** The arrays' float32 bytes one after another, handed out in pieces. */
    private static final class ValueBytes {
        private final List<INDArray> values;
        private int index;
        private float[] current = new float[0];
        private int position;

        ValueBytes(List<INDArray> values) {
            this.values = values;
        }

        ByteBuffer next(int size) {
            ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
            while (out.hasRemaining()) {
                if (position == current.length) {
                    current = values.get(index++).castTo(DataType.FLOAT).dup('c').data().asFloat();
                    position = 0;
                    continue;
                }
                out.putFloat(current[position++]);
            }
            return out.flip();
        }
    }
}
