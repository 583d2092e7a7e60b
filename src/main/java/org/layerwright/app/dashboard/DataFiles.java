package org.layerwright.app.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.layerwright.train.data.CsvReader;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.data.DatasetException;
import org.layerwright.train.data.Datasets;
import org.layerwright.train.data.NpyReader;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Reads the user's data files for the dashboard: CSV (one column is the label, the last unless chosen), a NumPy
 * {@code .npy} of samples beside its labels file (x.npy and y.npy, or x_train.npy and y_train.npy), and whatever
 * {@link Datasets#read} reads (.npz, IDX images beside their labels).
 */
public final class DataFiles {
    /** The label column meaning "the last one". */
    public static final int LAST_COLUMN = -1;

    private DataFiles() {
    }

    /** The data set in {@code file}; {@code labelColumn} (0-based, or {@link #LAST_COLUMN}) is used for CSV. */
    public static Dataset read(Path file, int labelColumn) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".npy")) {
                return npyPair(file);
            }
            if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
                return csv(file, labelColumn);
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(e.getFile() + ": no such file. Check the path.", e);
        } catch (IOException e) {
            throw new DatasetException(file + ": " + e.getMessage(), e);
        }
        return Datasets.read(file);
    }

    /** The labels file that goes with a samples .npy: x → y in the name (x.npy → y.npy, x_train → y_train). */
    static Path labelsBeside(Path samples) {
        String name = samples.getFileName().toString();
        String labels = name.startsWith("x") ? "y" + name.substring(1)
                : name.startsWith("X") ? "y" + name.substring(1) : name.replace("images", "labels");
        return samples.resolveSibling(labels);
    }

    private static Dataset npyPair(Path file) throws IOException {
        Path labels = labelsBeside(file);
        if (labels.equals(file) || !Files.exists(labels)) {
            throw new DatasetException(file + ": a .npy file holds one array; put the labels beside it as "
                    + labels.getFileName() + " (x.npy with y.npy, or x_train.npy with y_train.npy).");
        }
        INDArray x;
        INDArray y;
        try (InputStream in = Files.newInputStream(file); InputStream lin = Files.newInputStream(labels)) {
            x = NpyReader.readNpy(in, file.toString());
            y = NpyReader.readNpy(lin, labels.toString());
        }
        return new Dataset(file.getFileName().toString(), x.castTo(DataType.FLOAT), y.castTo(DataType.FLOAT),
                List.of());
    }

    private static Dataset csv(Path file, int labelColumn) throws IOException {
        INDArray table;
        try (InputStream raw = Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            table = CsvReader.read(reader, file.toString());
        }
        int columns = (int) table.size(1);
        if (columns < 2) {
            throw new DatasetException(file + ": expected at least two columns (features and a label).");
        }
        int label = labelColumn == LAST_COLUMN ? columns - 1 : labelColumn;
        if (label < 0 || label >= columns) {
            throw new DatasetException(file + ": there is no column " + (label + 1) + "; the file has " + columns
                    + " columns.");
        }
        long[] features = new long[columns - 1];
        for (int c = 0, i = 0; c < columns; c++) {
            if (c != label) {
                features[i++] = c;
            }
        }
        INDArray x = table.get(NDArrayIndex.all(), NDArrayIndex.indices(features)).dup();
        return new Dataset(file.getFileName().toString(), x, table.getColumn(label).dup(), List.of());
    }
}
