package org.layerwright.io.tfjs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.ModelDocument;
import org.layerwright.io.ModelFiles;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Hand-made model.json files around {@code Dense(2)} on 3 features (dense/kernel [3, 2], dense/bias [2]): each
 * quantization with its dequantized numbers worked out by hand, and each broken or hostile manifest with its message.
 */
class TfjsManifestTest {
    @TempDir
    Path dir;

    private Path json;

    @BeforeEach
    void fresh() {
        Keras.clearSession();
        json = dir.resolve("model.json");
    }

    private static String topology() {
        Keras.clearSession();
        return new Sequential(new Dense(2).inputShape(3)).toJson();
    }

    /** Writes model.json with the given weights entries and one shard holding {@code bytes}. */
    private void write(String kernel, String bias, byte[] bytes) throws Exception {
        write("\"group1-shard1of1.bin\"", kernel, bias, bytes);
    }

    private void write(String paths, String kernel, String bias, byte[] bytes) throws Exception {
        Files.writeString(json, "{\"format\": \"layers-model\", \"modelTopology\": " + topology()
                + ", \"weightsManifest\": [{\"paths\": [" + paths + "], \"weights\": [" + kernel + ", " + bias
                + "]}]}");
        Files.write(dir.resolve("group1-shard1of1.bin"), bytes);
        Keras.clearSession();
    }

    private static String entry(String name, String shape, String dtype, String quantization) {
        return "{\"name\": \"" + name + "\", \"shape\": " + shape + ", \"dtype\": \"" + dtype + "\""
                + (quantization == null ? "" : ", \"quantization\": " + quantization) + "}";
    }

    private static final String BIAS = entry("dense/bias", "[2]", "float32", null);

    private static ByteBuffer bytes(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] withBias(ByteBuffer kernel) {
        ByteBuffer all = bytes(kernel.capacity() + 8);
        all.put(kernel.array()).putFloat(1.5f).putFloat(-2f);
        return all.array();
    }

    private float[][] read() {
        Model model = ModelFiles.read(json);
        List<INDArray> w = model.getWeights();
        return new float[][] {w.get(0).dup('c').data().asFloat(), w.get(1).data().asFloat()};
    }

    private String failure() {
        return assertThrows(InvalidModelFileException.class, () -> ModelFiles.read(json)).getMessage();
    }

    @Test
    void uint8AffineQuantization() throws Exception {
        ByteBuffer k = bytes(6);
        for (int q : new int[] {0, 1, 2, 128, 255, 10}) {
            k.put((byte) q);
        }
        write(entry("dense/kernel", "[3, 2]", "float32",
                "{\"dtype\": \"uint8\", \"min\": -1.0, \"scale\": 0.5, \"original_dtype\": \"float32\"}"), BIAS,
                withBias(k));
        float[][] w = read();
        // q * 0.5 - 1
        assertArrayEquals(new float[] {-1f, -0.5f, 0f, 63f, 126.5f, 4f}, w[0]);
        assertArrayEquals(new float[] {1.5f, -2f}, w[1]);
    }

    @Test
    void uint16AffineQuantization() throws Exception {
        ByteBuffer k = bytes(12);
        for (int q : new int[] {0, 65535, 1000, 3, 7, 9}) {
            k.putShort((short) q);
        }
        write(entry("dense/kernel", "[3, 2]", "float32", "{\"scale\": 0.001, \"min\": -0.25, \"dtype\": \"uint16\"}"),
                BIAS, withBias(k));
        // q / 1000 - 0.25
        assertArrayEquals(new float[] {-0.25f, 65.285f, 0.75f, -0.247f, -0.243f, -0.241f}, read()[0], 1e-6f);
    }

    @Test
    void float16Quantization() throws Exception {
        ByteBuffer k = bytes(12);
        for (int bits : new int[] {0x3C00, 0xC000, 0x3555, 0x0001, 0x7BFF, 0x8000}) {
            k.putShort((short) bits);
        }
        write(entry("dense/kernel", "[3, 2]", "float32", "{\"dtype\": \"float16\"}"), BIAS, withBias(k));
        // 1, -2, 1365/4096 (0x155 = 341 → (1 + 341/1024) / 4), the smallest subnormal 2^-24, the largest half, -0.
        assertArrayEquals(new float[] {1f, -2f, 0.333251953125f, 5.9604644775390625E-8f, 65504f, -0f}, read()[0]);
    }

    @Test
    void namesWithAModelScopeOrACellScopeMatch() throws Exception {
        ByteBuffer k = bytes(24);
        for (int i = 0; i < 6; i++) {
            k.putFloat(i);
        }
        write(entry("sequential/dense/kernel", "[3, 2]", "float32", null),
                entry("dense/dense_cell/bias", "[2]", "float32", null), withBias(k));
        float[][] w = read();
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5}, w[0]);
        assertArrayEquals(new float[] {1.5f, -2f}, w[1]);
    }

    @Test
    void aPathOutsideTheFolderIsRefused() throws Exception {
        for (String path : new String[] {"../evil.bin", "sub/../../evil.bin", "/etc/passwd"}) {
            write("\"" + path + "\"", entry("dense/kernel", "[3, 2]", "float32", null), BIAS, new byte[32]);
            assertEquals(json + ": weightsManifest[0].paths: the shard path \"" + path + "\" leads outside the"
                    + " model's folder. Shard paths must be relative to the model.json and stay in its folder;"
                    + " Layerwright refuses to read other files.", failure());
        }
    }

    @Test
    void shardsShorterOrLongerThanTheManifestAreRefused() throws Exception {
        String kernel = entry("dense/kernel", "[3, 2]", "float32", null);
        write(kernel, BIAS, new byte[20]);
        assertEquals(json + ": weightsManifest[0]: the shard files group1-shard1of1.bin hold 20 bytes, but the"
                + " manifest's 2 weights take 32 bytes: the shards are truncated or belong to another model.json."
                + " Export the model and its shards again together.", failure());
        write(kernel, BIAS, new byte[40]);
        assertEquals(json + ": weightsManifest[0]: the shard files group1-shard1of1.bin hold 40 bytes, but the"
                + " manifest's 2 weights take 32 bytes: the shards are longer than their weights or belong to"
                + " another model.json. Export the model and its shards again together.", failure());
    }

    @Test
    void aHugeDeclaredSizeIsRefusedBeforeAnythingIsAllocated() throws Exception {
        write(entry("dense/kernel", "[100000, 100000, 100000]", "float32", null), BIAS, new byte[32]);
        assertEquals(json + ": weightsManifest[0]: the shard files group1-shard1of1.bin hold 32 bytes, but the"
                + " manifest's 2 weights take 4000000000000008 bytes: the shards are truncated or belong to another"
                + " model.json. Export the model and its shards again together.", failure());
        write(entry("dense/kernel", "[2000000000, 2000000000, 2000000000]", "float32", null), BIAS, new byte[32]);
        assertEquals(json + ": weightsManifest[0].weights[0] (\"dense/kernel\"): shape [2000000000, 2000000000,"
                + " 2000000000] declares more values than any file can hold.", failure());
    }

    @Test
    void aShapeOrDtypeThatDoesNotFitTheLayerIsRefused() throws Exception {
        write(entry("dense/kernel", "[2, 3]", "float32", null), BIAS, new byte[32]);
        assertEquals(json + ": weightsManifest[0].weights[0] (\"dense/kernel\"): shape [2, 3] does not fit the"
                + " weight dense/kernel of layer \"dense\", which has shape (3, 2). The topology and the weights do"
                + " not belong together; export them again from the same model.", failure());
        write(entry("dense/kernel", "[3, 2]", "int32", null), BIAS, new byte[32]);
        assertEquals(json + ": weightsManifest[0].weights[0] (\"dense/kernel\"): dtype int32 does not fit the"
                + " weight dense/kernel of layer \"dense\", which holds float32 values.", failure());
    }

    @Test
    void unknownDtypesAndQuantizationsAreRefused() throws Exception {
        write(entry("dense/kernel", "[3, 2]", "float64", null), BIAS, new byte[56]);
        assertEquals(json + ": weightsManifest[0].weights[0] (\"dense/kernel\"): unsupported dtype \"float64\"."
                + " Layerwright reads weights of dtype float32, int32 and bool.", failure());
        write(entry("dense/kernel", "[3, 2]", "float32", "{\"dtype\": \"int4\", \"scale\": 1, \"min\": 0}"), BIAS,
                new byte[32]);
        assertEquals(json + ": weightsManifest[0].weights[0] (\"dense/kernel\"): unknown quantization dtype"
                + " \"int4\". Supported quantization dtypes are uint8, uint16 and float16.", failure());
        write(entry("dense/kernel", "[3, 2]", "float32", "{\"dtype\": \"uint8\"}"), BIAS, new byte[14]);
        assertEquals(json + ": weightsManifest[0].weights[0] (\"dense/kernel\"): quantization uint8 needs numbers"
                + " \"scale\" and \"min\".", failure());
    }

    @Test
    void namesTheModelDoesNotHaveAreRefusedStrictlyAndSkippedLeniently() throws Exception {
        write(entry("dense/kernel", "[3, 2]", "float32", null), entry("other/bias", "[2]", "float32", null),
                new byte[32]);
        assertEquals(json + ": weightsManifest: the weights manifest names 1 weight this model does not have:"
                + " other/bias. The topology and the weights do not belong together; export them again from the"
                + " same model.", failure());
        Keras.clearSession();
        ModelDocument lenient = ModelFiles.readDocument(json, true);
        assertEquals(List.of("the weights manifest names 1 weight this model does not have: other/bias. They were"
                + " skipped.", "1 of 2 weights are not in the weights manifest: dense/bias. They keep freshly"
                + " initialised values."), lenient.warnings());
    }
}
