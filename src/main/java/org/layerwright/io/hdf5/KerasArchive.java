package org.layerwright.io.hdf5;

import io.jhdf.HdfFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.io.InvalidModelFileException;
import org.layerwright.io.Models;

/**
 * The Keras 3 {@code .keras} archive: a zip of {@code metadata.json}, {@code config.json} and
 * {@code model.weights.h5} (entries stored uncompressed, as Python's {@code zipfile} writes them by default).
 *
 * <pre>{@code
 * KerasArchive.write(model, Path.of("model.keras"));
 * Model copy = KerasArchive.read(Path.of("model.keras"));
 * }</pre>
 */
public final class KerasArchive {
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd@HH:mm:ss");

    private KerasArchive() {
    }

    /** Writes the archive; {@code config.json} holds the model's {@code {"class_name", "config"}}. */
    public static void write(Model model, Path file) {
        write(model, file, Map.of());
    }

    /**
     * Writes the archive with {@code extras} as further top-level keys of {@code config.json} (after the model's
     * own; Keras's loader reads only the keys it knows).
     */
    public static void write(Model model, Path file, Map<String, Object> extras) {
        if (model.isSubclassed()) {
            throw new UnsupportedModelOperationException("Model " + model.className() + " is a subclassed model:"
                    + " its architecture cannot be written to a .keras archive. Build it with the functional API or"
                    + " Sequential, or save its weights only.");
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("keras_version", Keras.VERSION);
        metadata.put("date_saved", LocalDateTime.now().format(SAVED));
        H5Group weights = new H5Group();
        KerasV3Weights.write(weights, model);
        String configJson = FullModelFiles.modelConfigJson(model);
        if (!extras.isEmpty()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("class_name", model.className());
            document.put("config", model.getConfig());
            extras.forEach(document::putIfAbsent);
            configJson = PythonJson.dumps(document);
        }
        byte[] config = configJson.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, temp -> {
            Path h5 = Files.createTempFile(temp.toAbsolutePath().getParent(), ".weights", ".h5.tmp");
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                H5Writer.write(weights, h5);
                stored(zip, "metadata.json", PythonJson.dumps(metadata).getBytes(StandardCharsets.UTF_8));
                stored(zip, "config.json", config);
                stored(zip, "model.weights.h5", Files.readAllBytes(h5));
            } finally {
                Files.deleteIfExists(h5);
            }
        });
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** Reads the model from {@code config.json} and its weights from {@code model.weights.h5}. */
    public static Model read(Path file) {
        Weights.requireFile(file);
        Map<String, byte[]> entries = entries(file);
        byte[] config = entries.get("config.json");
        if (config == null) {
            throw new InvalidModelFileException(file + ": not a Keras archive: it has no config.json.");
        }
        try {
            Model model = Models.modelFromConfig(Models.parseJson(new String(config, StandardCharsets.UTF_8),
                    file + " (config.json)"));
            byte[] weights = entries.get("model.weights.h5");
            if (weights != null) {
                try (HdfFile hdf = HdfFile.fromBytes(weights)) {
                    KerasV3Weights.load(hdf, model);
                }
            }
            return model;
        } catch (InvalidModelFileException e) {
            throw e;
        } catch (LayerwrightException e) {
            throw new InvalidModelFileException(file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, byte[]> entries(Path file) {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(e.getName(), bytes.toByteArray());
            }
        } catch (IOException e) {
            throw new InvalidModelFileException(file + ": not a readable .keras archive (zip): " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new InvalidModelFileException(file + ": not a .keras archive (no zip entries found).");
        }
        return entries;
    }
}
