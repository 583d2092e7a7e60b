package org.layerwright.train.callbacks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.layerwright.core.config.PythonJson;

/**
 * Keras's CSVLogger: one row per epoch, {@code epoch} then the logged values in sorted key order, floats written
 * as Python writes them.
 */
public final class CSVLogger extends Callback {
    private final Path file;
    private final String separator;
    private final boolean append;
    private List<String> keys;
    private BufferedWriter writer;

    public CSVLogger(Path file) {
        this(file, ",", false);
    }

    public CSVLogger(Path file, String separator, boolean append) {
        this.file = file;
        this.separator = separator;
        this.append = append;
    }

    @Override
    public void onTrainBegin() {
        keys = null;
        try {
            boolean header = !append || !Files.exists(file) || Files.size(file) == 0;
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            if (!header) {
                keys = List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("CSVLogger cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        try {
            if (keys == null || keys.isEmpty()) {
                List<String> sorted = new ArrayList<>(logs.keySet());
                Collections.sort(sorted);
                if (keys == null) {
                    writer.write("epoch" + separator + String.join(separator, sorted) + "\r\n");
                }
                keys = sorted;
            }
            StringBuilder row = new StringBuilder().append(epoch);
            for (String key : keys) {
                Double value = logs.get(key);
                row.append(separator).append(value == null ? "NA" : PythonJson.floatRepr(value));
            }
            writer.write(row.append("\r\n").toString());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("CSVLogger cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void onTrainEnd(Map<String, Double> logs) {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("CSVLogger cannot close " + file + ": " + e.getMessage(), e);
        }
        writer = null;
    }
}
