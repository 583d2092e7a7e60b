package org.layerwright.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads numeric CSV (comma-separated, no quoting) into a float32 matrix; a first line that is not numbers (a header)
 * is skipped.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** The rows of {@code reader} as a (rows, columns) matrix. */
    public static INDArray read(BufferedReader reader, String source) throws IOException {
        List<float[]> rows = new ArrayList<>();
        String line;
        int lineNumber = 0;
        int columns = -1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] cells = trimmed.split(",");
            float[] row = new float[cells.length];
            try {
                for (int i = 0; i < cells.length; i++) {
                    row[i] = Float.parseFloat(cells[i].trim());
                }
            } catch (NumberFormatException e) {
                if (rows.isEmpty() && lineNumber == 1) {
                    continue;
                }
                throw new IOException(source + ": line " + lineNumber + " is not all numbers: " + shorten(trimmed)
                        + ". Expected comma-separated numbers.");
            }
            if (columns >= 0 && row.length != columns) {
                throw new IOException(source + ": line " + lineNumber + " has " + row.length + " values, but earlier"
                        + " lines have " + columns + ".");
            }
            columns = row.length;
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IOException(source + ": no data rows.");
        }
        float[] flat = new float[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, flat, r * columns, columns);
        }
        return Nd4j.create(flat, new long[] {rows.size(), columns}, DataType.FLOAT);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
