package org.layerwright.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The data sets that ship with Layerwright (in {@code sample-models/datasets/}, bundled in the jar) and readers for
 * data files. Pixels are scaled to [0, 1]; labels are class indices.
 *
 * <pre>{@code
 * Dataset mnist = Datasets.mnist();   // x (10000, 28, 28), y (10000)
 * }</pre>
 */
public final class Datasets {
    private static final String FOLDER = "sample-models/datasets/";

    private Datasets() {
    }

    /** 10,000 MNIST digits: x (10000, 28, 28) in [0, 1], y (10000) digit labels. */
    public static Dataset mnist() {
        INDArray images = idx("mnist-10k-images-idx3-ubyte.gz").divi(255.0);
        INDArray labels = idx("mnist-10k-labels-idx1-ubyte.gz");
        return new Dataset("mnist", images, labels, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    /** 1,797 UCI handwritten digits: x (1797, 8, 8) in [0, 1] (pixels 0..16 / 16), y (1797) digit labels. */
    public static Dataset digits() {
        INDArray table = csv("digits.csv.gz");
        INDArray x = table.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 64)).dup().divi(16.0)
                .reshape('c', table.size(0), 8, 8);
        INDArray y = table.getColumn(64).dup();
        return new Dataset("digits", x, y, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    /** Fisher's iris: x (150, 4) measurements in cm, y (150) class indices (setosa, versicolor, virginica). */
    public static Dataset iris() {
        String header;
        INDArray table;
        try (BufferedReader reader = reader(open("iris.csv"), "iris.csv")) {
            reader.mark(1 << 12);
            header = reader.readLine();
            reader.reset();
            table = CsvReader.read(reader, "iris.csv");
        } catch (IOException e) {
            throw new DatasetException("iris.csv: " + e.getMessage(), e);
        }
        String[] parts = header.split(",");
        List<String> names = new ArrayList<>(List.of(parts).subList(2, parts.length));
        INDArray x = table.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 4)).dup();
        return new Dataset("iris", x, table.getColumn(4).dup(), names);
    }

    /** A built-in data set by name: mnist, digits or iris. */
    public static Dataset byName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "mnist":
                return mnist();
            case "digits":
                return digits();
            case "iris":
                return iris();
            default:
                throw new DatasetException("Unknown data set '" + name + "'. Expected mnist, digits, iris or a file.");
        }
    }

    /**
     * A data set from a file: {@code .csv} / {@code .csv.gz} (the last column is the label), {@code .npz} (arrays
     * named x and y, or x_train and y_train), or an IDX images file beside its labels file ({@code ...-images-...}
     * and {@code ...-labels-...}).
     */
    public static Dataset read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".npz")) {
                Map<String, INDArray> arrays;
                try (InputStream in = Files.newInputStream(file)) {
                    arrays = NpyReader.readNpz(in, file.toString());
                }
                INDArray x = arrays.containsKey("x") ? arrays.get("x") : arrays.get("x_train");
                INDArray y = arrays.containsKey("y") ? arrays.get("y") : arrays.get("y_train");
                if (x == null || y == null) {
                    throw new DatasetException(file + ": expected arrays named x and y (or x_train and y_train),"
                            + " found " + arrays.keySet() + ".");
                }
                return new Dataset(name, x.castTo(DataType.FLOAT), y.castTo(DataType.FLOAT), List.of());
            }
            if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
                INDArray table;
                try (BufferedReader reader = reader(Files.newInputStream(file), name)) {
                    table = CsvReader.read(reader, file.toString());
                }
                long columns = table.size(1);
                if (columns < 2) {
                    throw new DatasetException(file + ": expected at least two columns (features, then the label).");
                }
                INDArray x = table.get(NDArrayIndex.all(), NDArrayIndex.interval(0, columns - 1)).dup();
                return new Dataset(name, x, table.getColumn(columns - 1).dup(), List.of());
            }
            if (name.contains("images")) {
                Path labels = file.resolveSibling(file.getFileName().toString().replace("images", "labels")
                        .replace("idx3", "idx1"));
                INDArray x;
                INDArray y;
                try (InputStream in = Files.newInputStream(file); InputStream lin = Files.newInputStream(labels)) {
                    x = IdxReader.read(in, file.toString()).divi(255.0);
                    y = IdxReader.read(lin, labels.toString());
                }
                return new Dataset(name, x, y, List.of());
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(e.getFile() + ": no such file. Check the path.", e);
        } catch (IOException e) {
            throw new DatasetException(e.getMessage(), e);
        }
        throw new DatasetException(file + ": unsupported data file. Expected .csv, .csv.gz, .npz or an IDX images"
                + " file (with its labels file beside it).");
    }

    private static INDArray idx(String file) {
        try (InputStream in = open(file)) {
            return IdxReader.read(in, file);
        } catch (IOException e) {
            throw new DatasetException(file + ": " + e.getMessage(), e);
        }
    }

    private static INDArray csv(String file) {
        try (BufferedReader reader = reader(open(file), file)) {
            return CsvReader.read(reader, file);
        } catch (IOException e) {
            throw new DatasetException(file + ": " + e.getMessage(), e);
        }
    }

    private static BufferedReader reader(InputStream in, String name) throws IOException {
        InputStream source = name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A bundled file: the classpath resource first, then sample-models/datasets/ under the working directory. */
    private static InputStream open(String file) throws IOException {
        InputStream resource = Datasets.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (resource != null) {
            return resource;
        }
        Path path = Path.of(FOLDER + file);
        if (Files.exists(path)) {
            return Files.newInputStream(path);
        }
        throw new DatasetException(FOLDER + file + ": not found on the classpath nor in the working directory.");
    }
}
