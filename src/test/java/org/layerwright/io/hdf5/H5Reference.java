package org.layerwright.io.hdf5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs the reference HDF5 readers on a file: Debian's {@code /usr/bin/python3} with h5py (through
 * {@code hdf5/describe_h5.py}) and {@code h5dump}.
 */
final class H5Reference {
    static final String PYTHON = "/usr/bin/python3";

    private H5Reference() {
    }

    /** h5py's view of the file, one line per attribute, group and dataset (see describe_h5.py). */
    static List<String> describe(Path file) {
        return Arrays.asList(run(PYTHON, script("describe_h5.py").toString(), file.toString()).split("\n"));
    }

    /** Runs a Python script from the test resources with arguments; returns its standard output. */
    static String python(String scriptResource, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, script(scriptResource).toString()));
        command.addAll(List.of(args));
        return run(command.toArray(new String[0]));
    }

    /** h5dump's header listing ({@code -H}): datatypes and dataspaces, no data. */
    static String h5dumpHeader(Path file) {
        return run("h5dump", "-H", file.toString());
    }

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path script(String name) {
        try (InputStream in = H5Reference.class.getResourceAsStream("/hdf5/" + name)) {
            Path file = Files.createTempFile("layerwright-", "-" + name);
            Files.write(file, in.readAllBytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of an array's float32 little-endian bytes in C order, as describe_h5.py prints it. */
    static String sha256(INDArray array) {
        float[] values = WeightsLayout.float32Values(array);
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test resource copied to a file (tests never read outside the project). */
    static Path resource(String name, Path dir) {
        try (InputStream in = H5Reference.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            Path file = dir.resolve(Path.of(name).getFileName().toString());
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
