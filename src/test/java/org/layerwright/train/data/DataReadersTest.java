package org.layerwright.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The bundled data sets and the .npy/.npz, IDX and CSV readers. */
class DataReadersTest {
    @TempDir
    Path dir;

    @Test
    void bundledDataSetsHaveTheDocumentedShapesAndScales() {
        Dataset mnist = Datasets.mnist();
        assertArrayEquals(new long[] {10000, 28, 28}, mnist.x().shape());
        assertEquals(3.0, mnist.y().getDouble(0));
        assertEquals(1.0, mnist.x().maxNumber().doubleValue(), 1e-6);
        Dataset digits = Datasets.digits();
        assertArrayEquals(new long[] {1797, 8, 8}, digits.x().shape());
        assertEquals(1.0, digits.x().maxNumber().doubleValue(), 1e-6);
        Dataset iris = Datasets.iris();
        assertArrayEquals(new long[] {150, 4}, iris.x().shape());
        assertEquals(java.util.List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertEquals(2.0, iris.y().maxNumber().doubleValue());
    }

    /** A .npy file: version 1 header padded to 64 bytes, then little-endian data. */
    private static byte[] npy(String descr, boolean fortran, long[] shape, ByteBuffer data) throws IOException {
        StringBuilder dims = new StringBuilder();
        for (long d : shape) {
            dims.append(d).append(", ");
        }
        String header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False")
                + ", 'shape': (" + (shape.length == 1 ? shape[0] + "," : dims.substring(0, dims.length() - 2))
                + "), }";
        int total = 10 + header.length() + 1;
        header = header + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(0x93);
        out.write("NUMPY".getBytes(StandardCharsets.US_ASCII));
        out.write(1);
        out.write(0);
        out.writeShort(Short.reverseBytes((short) header.length()));
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        out.write(data.array());
        return bytes.toByteArray();
    }

    @Test
    void npyReadsFortranOrderAndIntegerTypes() throws IOException {
        ByteBuffer f = ByteBuffer.allocate(6 * 4).order(ByteOrder.LITTLE_ENDIAN);
        // np.arange(6).reshape(2, 3) stored column by column: 0, 3, 1, 4, 2, 5.
        for (float v : new float[] {0, 3, 1, 4, 2, 5}) {
            f.putFloat(v);
        }
        INDArray fortran = NpyReader.readNpy(new ByteArrayInputStream(npy("<f4", true, new long[] {2, 3}, f)), "f");
        assertEquals(1.0, fortran.getDouble(0, 1));
        assertEquals(3.0, fortran.getDouble(1, 0));
        ByteBuffer u = ByteBuffer.allocate(3).order(ByteOrder.LITTLE_ENDIAN).put((byte) 255).put((byte) 7)
                .put((byte) 0);
        INDArray bytes = NpyReader.readNpy(new ByteArrayInputStream(npy("|u1", false, new long[] {3}, u)), "u");
        assertEquals(255.0, bytes.getDouble(0));
        ByteBuffer l = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(-4).putLong(9);
        INDArray longs = NpyReader.readNpy(new ByteArrayInputStream(npy("<i8", false, new long[] {2}, l)), "l");
        assertEquals(-4.0, longs.getDouble(0));
        IOException bad = assertThrows(IOException.class, () -> NpyReader.readNpy(new ByteArrayInputStream(
                new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), "bad.npy"));
        assertEquals("bad.npy: not a NumPy .npy file (no \\x93NUMPY magic).", bad.getMessage());
    }

    @Test
    void npzDataSetFileWithXAndY() throws IOException {
        ByteBuffer x = ByteBuffer.allocate(4 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) {
            x.putDouble(i);
        }
        ByteBuffer y = ByteBuffer.allocate(2 * 4).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putInt(0);
        Path file = dir.resolve("data.npz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("x.npy"));
            zip.write(npy("<f8", false, new long[] {2, 2}, x));
            zip.putNextEntry(new ZipEntry("y.npy"));
            zip.write(npy("<i4", false, new long[] {2}, y));
        }
        Dataset data = Datasets.read(file);
        assertArrayEquals(new long[] {2, 2}, data.x().shape());
        assertEquals(3.0, data.x().getDouble(1, 1));
        assertEquals(1.0, data.y().getDouble(0));
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, INDArray> arrays = NpyReader.readNpz(in, "data.npz");
            assertEquals(java.util.List.of("x", "y"), java.util.List.copyOf(arrays.keySet()));
        }
    }

    @Test
    void idxAndCsvFiles() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00000803);
        out.writeInt(2);
        out.writeInt(1);
        out.writeInt(2);
        out.write(new byte[] {0, (byte) 255, 10, 20});
        INDArray idx = IdxReader.read(new ByteArrayInputStream(bytes.toByteArray()), "t");
        assertArrayEquals(new long[] {2, 1, 2}, idx.shape());
        assertEquals(255.0, idx.getDouble(0, 0, 1));
        Path csv = dir.resolve("table.csv");
        Files.writeString(csv, "a,b,label\n1.5,2,0\n3,4,1\n");
        Dataset table = Datasets.read(csv);
        assertArrayEquals(new long[] {2, 2}, table.x().shape());
        assertEquals(1.0, table.y().getDouble(1));
        Files.writeString(csv, "1,2,0\n3,x,1\n");
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.read(csv));
        assertTrue(e.getMessage().startsWith(csv + ": line 2 is not all numbers: 3,x,1."), e.getMessage());
    }
}
