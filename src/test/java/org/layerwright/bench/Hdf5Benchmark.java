package org.layerwright.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.io.Models;
import org.layerwright.io.hdf5.SavedWeights;
import org.layerwright.io.hdf5.Weights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * HDF5 weights throughput on VGG16 (the tf.keras application, 138,357,544 float32 parameters = 553 MB) with
 * random weights: save ({@code save_weights}), read (arrays only) and load (into the model). One operation is one
 * megabyte, so the scores are MB/s. The trial setup also runs h5py on the same file and prints its figures.
 *
 * <p>Run with {@code mvn -Pbench verify -Dbench.include=Hdf5Benchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Hdf5Benchmark {
    /** VGG16's weights in megabytes (10^6 bytes), checked in the setup. */
    static final int MEGABYTES = 553;

    private Model model;
    private Path dir;
    private Path file;
    private Path scratch;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Keras.clearSession();
        model = Models.modelFromJson(resource("fixtures/keras/kotlindl_app_vgg.json"));
        long bytes = 4 * model.countParams();
        if (Math.round(bytes / 1e6) != MEGABYTES) {
            throw new IllegalStateException("VGG16 holds " + bytes + " bytes, not " + MEGABYTES + " MB");
        }
        model.getWeights();
        dir = Files.createTempDirectory("layerwright-bench");
        file = dir.resolve("vgg16.h5");
        scratch = dir.resolve("scratch.h5");
        Weights.save(model, file);
        System.out.println();
        System.out.println(h5py(file));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(scratch);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    @OperationsPerInvocation(MEGABYTES)
    public void save() {
        Weights.save(model, scratch);
    }

    @Benchmark
    @OperationsPerInvocation(MEGABYTES)
    public SavedWeights read() {
        return Weights.read(file);
    }

    @Benchmark
    @OperationsPerInvocation(MEGABYTES)
    public Model load() {
        Weights.load(model, file);
        return model;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Hdf5Benchmark.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs hdf5/h5py_bench.py with Debian's Python on the same file. */
    static String h5py(Path weights) throws IOException, InterruptedException {
        Path script = Files.createTempFile("h5py_bench", ".py");
        try (InputStream in = Hdf5Benchmark.class.getResourceAsStream("/hdf5/h5py_bench.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), weights.toString(), "5")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
