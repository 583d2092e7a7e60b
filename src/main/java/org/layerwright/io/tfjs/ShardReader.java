package org.layerwright.io.tfjs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.io.InvalidModelFileException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads the weights a manifest lists from its shard files into float32 arrays. Every shard path must stay inside
 * the model.json's folder, and the shards' real sizes must equal what the manifest declares before any weight
 * memory is allocated.
 */
final class ShardReader {
    private ShardReader() {
    }

    /** One decoded weight: its manifest entry and its values as float32. */
    record Decoded(WeightsManifest.Entry entry, INDArray value) {
    }

    /** The shard files of every group, resolved, checked to exist and to lie inside {@code folder}. */
    static List<List<Path>> shardFiles(WeightsManifest manifest, Path folder, String file) {
        List<List<Path>> out = new ArrayList<>();
        for (WeightsManifest.Group group : manifest.groups()) {
            List<Path> files = new ArrayList<>();
            for (String p : group.paths()) {
                files.add(resolve(p, folder, file, group.index()));
            }
            out.add(files);
        }
        return out;
    }

    /** Reads every weight, group by group, in manifest order. */
    static Map<String, Decoded> read(WeightsManifest manifest, List<List<Path>> shards, String file) {
        Map<String, Decoded> out = new LinkedHashMap<>();
        for (WeightsManifest.Group group : manifest.groups()) {
            List<Path> files = shards.get(group.index());
            checkSizes(group, files, file);
            try (ShardStream stream = new ShardStream(files)) {
                for (WeightsManifest.Entry entry : group.weights()) {
                    out.put(entry.name(), new Decoded(entry, decode(entry, stream.next(entry, file))));
                }
            } catch (IOException e) {
                throw new InvalidModelFileException(file, "weightsManifest[" + group.index() + "]", "the shard files"
                        + " cannot be read: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Path resolve(String path, Path folder, String file, int group) {
        String place = "weightsManifest[" + group + "].paths";
        Path relative;
        try {
            relative = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw WeightsManifest.error(file, place, "\"" + path + "\" is not a valid file name.");
        }
        Path resolved = folder.resolve(relative).normalize();
        if (relative.isAbsolute() || path.startsWith("/") || path.startsWith("\\") || !resolved.startsWith(folder)) {
            throw WeightsManifest.error(file, place, "the shard path \"" + path + "\" leads outside the model's"
                    + " folder. Shard paths must be relative to the model.json and stay in its folder; Layerwright"
                    + " refuses to read other files.");
        }
        if (!Files.isRegularFile(resolved)) {
            throw new MissingShardException(file, place, "the shard file " + resolved.getFileName() + " is missing"
                    + " (expected at " + resolved + "). Copy the .bin shard files that were written with this"
                    + " model.json into its folder, or open the model without its weights.");
        }
        try {
            if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                throw WeightsManifest.error(file, place, "the shard path \"" + path + "\" is a link to a file"
                        + " outside the model's folder; Layerwright refuses to read it.");
            }
        } catch (IOException e) {
            throw WeightsManifest.error(file, place, "the shard " + resolved + " cannot be read: " + e.getMessage());
        }
        return resolved;
    }

    private static void checkSizes(WeightsManifest.Group group, List<Path> files, String file) {
        long actual = 0;
        List<String> names = new ArrayList<>();
        for (Path p : files) {
            try {
                actual += Files.size(p);
            } catch (IOException e) {
                throw WeightsManifest.error(file, null, p + ": cannot be read: " + e.getMessage());
            }
            names.add(p.getFileName().toString());
        }
        long declared;
        try {
            declared = group.byteLength();
        } catch (ArithmeticException e) {
            declared = Long.MAX_VALUE;
        }
        if (actual != declared) {
            String weights = group.weights().size() + " weight" + (group.weights().size() == 1 ? "" : "s");
            throw WeightsManifest.error(file, "weightsManifest[" + group.index() + "]", "the shard files "
                    + String.join(", ", names) + " hold " + actual + " bytes, but the manifest's " + weights
                    + " take " + (declared == Long.MAX_VALUE ? "more than any file can hold" : declared + " bytes")
                    + ": the shards are " + (actual < declared ? "truncated" : "longer than their weights")
                    + " or belong to another model.json. Export the model and its shards again together.");
        }
    }

    private static INDArray decode(WeightsManifest.Entry entry, ByteBuffer bytes) {
        int n = Math.toIntExact(entry.size());
        float[] values = new float[n];
        Quantization q = entry.quantization();
        boolean int32 = "int32".equals(entry.dtype());
        for (int i = 0; i < n; i++) {
            float v;
            if (q != null) {
                int stored = q.bytesPerValue() == 1 ? bytes.get() & 0xff : bytes.getShort() & 0xffff;
                // tfjs rounds dequantized int32 weights to whole numbers (Math.round).
                v = int32 ? Math.round(stored * q.scale() + q.min()) : q.dequantize(stored);
            } else if ("bool".equals(entry.dtype())) {
                v = bytes.get() != 0 ? 1f : 0f;
            } else {
                v = int32 ? bytes.getInt() : bytes.getFloat();
            }
            values[i] = v;
        }
        long[] shape = entry.shape().stream().mapToLong(Integer::longValue).toArray();
        return Nd4j.create(values, shape, DataType.FLOAT);
    }

    /** The shard files of a group read as one stream of bytes. */
    private static final class ShardStream implements AutoCloseable {
        private final List<Path> files;
        private int nextFile;
        private FileChannel channel;

        ShardStream(List<Path> files) {
            this.files = files;
        }

        ByteBuffer next(WeightsManifest.Entry entry, String file) throws IOException {
            long length = entry.byteLength();
            if (length > Integer.MAX_VALUE - 8) {
                throw WeightsManifest.error(file, entry.place(), "a single weight of " + length + " bytes is larger"
                        + " than Layerwright can hold in one array (2 GiB).");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining()) {
                if (channel == null || channel.read(buffer) < 0) {
                    if (channel != null) {
                        channel.close();
                    }
                    if (nextFile == files.size()) {
                        throw new IOException("the shards ended before weight " + entry.name());
                    }
                    channel = FileChannel.open(files.get(nextFile++), StandardOpenOption.READ);
                }
            }
            return buffer.flip();
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
