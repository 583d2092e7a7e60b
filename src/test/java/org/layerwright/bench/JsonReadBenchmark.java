package org.layerwright.bench;

import java.util.concurrent.TimeUnit;
import org.layerwright.core.Keras;
import org.layerwright.io.Models;
import org.layerwright.testing.Golden;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening the largest real model file: NASNetMobile's tf.keras JSON (~770 KB, 770 layers) from text to its summary
 * text: parsing, generation detection and migration, layer construction, shape inference and the summary.
 * Budget: under 50 ms warm. Run: {@code mvn -Pbench verify -Dbench.include=JsonRead}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonReadBenchmark {
    static final String FIXTURE = "fixtures/keras/kotlindl_app_nasnetmobile.json";

    private String json;

    @Setup
    public void setUp() {
        json = Golden.read(FIXTURE);
    }

    /** JSON text to summary text, from a fresh session (so layer names are the file's, not renumbered). */
    @Benchmark
    public String jsonToSummary() {
        Keras.clearSession();
        return Models.modelFromJson(json).summaryText();
    }
}
