package org.layerwright.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.merging.Add;
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
 * Shape inference plus summary of a 10,000-layer functional graph: a chain of Dense layers with a residual Add
 * every four layers. Budget: under 20 ms warm for {@link #inferAndSummarise} (every layer's output shape worked
 * out again through the graph, then the summary text). {@link #buildAndSummarise} also constructs the 10,000
 * layer objects and wires them, for comparison. Run: {@code mvn -Pbench verify -Dbench.include=GraphSummary}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GraphSummaryBenchmark {
    static final int LAYERS = 10_000;

    private Model prebuilt;

    @Setup
    public void setUp() {
        prebuilt = buildGraph();
    }

    /** Builds the graph: every call infers its output shape and declares (never creates) weights. */
    static Model buildGraph() {
        Keras.clearSession();
        KerasTensor input = Input.of(16);
        KerasTensor x = input;
        KerasTensor skip = input;
        int count = 1;
        while (count < LAYERS) {
            x = new Dense(16).apply(x);
            count++;
            if (count % 4 == 0 && count < LAYERS) {
                x = new Add().apply(List.of(x, skip));
                skip = x;
                count++;
            }
        }
        return new Model(input, x);
    }

    /** Shape inference through the whole graph, then the summary text. */
    @Benchmark
    public String inferAndSummarise() {
        List<Shape> out = prebuilt.computeOutputShapes(List.of(Shape.of(null, 16)));
        return out.get(0) + prebuilt.summaryText();
    }

    /** Shape inference through the whole graph alone. */
    @Benchmark
    public List<Shape> inferShapes() {
        return prebuilt.computeOutputShapes(List.of(Shape.of(null, 16)));
    }

    /** Constructing and wiring 10,000 layers (each call infers its shape), then the summary text. */
    @Benchmark
    public String buildAndSummarise() {
        return buildGraph().summaryText();
    }

    /** The summary text of an existing graph (what the summary panel redraws). */
    @Benchmark
    public String summariseExisting() {
        return prebuilt.summaryText();
    }
}
