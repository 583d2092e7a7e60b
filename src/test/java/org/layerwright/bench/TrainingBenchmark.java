package org.layerwright.bench;

import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.layerwright.core.Keras;
import org.layerwright.core.Sequential;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.train.ComputeThreads;
import org.layerwright.train.FitOptions;
import org.layerwright.train.Trainer;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.data.Datasets;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Training throughput, in samples per second: one epoch over the 10,000 bundled MNIST digits, MLP 784-512-256-10
 * (relu, relu, softmax), Adam 1e-3, batch 128, for Layerwright's engine and for DL4J's MultiLayerNetwork on the same
 * net and data. JMH runs each benchmark in its own JVM, so each engine keeps its own thread settings (Layerwright:
 * one native thread by default; DL4J: its default, and once more with one thread).
 *
 * <pre>mvn -Pbench verify -Dbench.include=TrainingBenchmark</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(TrainingBenchmark.SAMPLES)
public class TrainingBenchmark {
    /** Samples per benchmark call: one epoch of the bundled MNIST subset. */
    static final int SAMPLES = 10_000;
    private static final int BATCH = 128;

    /** The Layerwright model and trainer. */
    @State(Scope.Benchmark)
    public static class LayerwrightState {
        Trainer trainer;
        INDArray x;
        INDArray y;

        @Setup(Level.Trial)
        public void setUp() {
            Keras.clearSession();
            Dataset mnist = Datasets.mnist();
            x = mnist.x();
            y = mnist.y();
            Sequential model = new Sequential(new Flatten().inputShape(28, 28), new Dense(512, "relu"),
                    new Dense(256, "relu"), new Dense(10, "softmax"));
            trainer = new Trainer(model).compile("adam", "sparse_categorical_crossentropy");
        }
    }

    /** The same network in DL4J, with the same data as pre-made batches. */
    @State(Scope.Benchmark)
    public static class Dl4jState {
        MultiLayerNetwork network;
        org.nd4j.linalg.dataset.DataSet[] batches;

        @Setup(Level.Trial)
        public void setUp() {
            Dataset mnist = Datasets.mnist();
            INDArray features = mnist.x().reshape(SAMPLES, 784);
            INDArray labels = Nd4j.zeros(DataType.FLOAT, SAMPLES, 10);
            long[] classes = mnist.y().toLongVector();
            for (int i = 0; i < SAMPLES; i++) {
                labels.putScalar(i, classes[i], 1.0);
            }
            int count = (SAMPLES + BATCH - 1) / BATCH;
            batches = new org.nd4j.linalg.dataset.DataSet[count];
            for (int b = 0; b < count; b++) {
                var rows = NDArrayIndex.interval(b * BATCH, Math.min(SAMPLES, (b + 1) * BATCH));
                batches[b] = new org.nd4j.linalg.dataset.DataSet(features.get(rows, NDArrayIndex.all()).dup(),
                        labels.get(rows, NDArrayIndex.all()).dup());
            }
            MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).updater(new Adam(1e-3))
                    .weightInit(WeightInit.XAVIER_UNIFORM).list()
                    .layer(new DenseLayer.Builder().nIn(784).nOut(512).activation(Activation.RELU).build())
                    .layer(new DenseLayer.Builder().nIn(512).nOut(256).activation(Activation.RELU).build())
                    .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(256).nOut(10)
                            .activation(Activation.SOFTMAX).build())
                    .build();
            network = new MultiLayerNetwork(conf);
            network.init();
        }
    }

    /** DL4J with one native thread, as Layerwright trains by default: on small machines DL4J is faster so too. */
    @State(Scope.Benchmark)
    public static class Dl4jOneThreadState extends Dl4jState {
        @Override
        @Setup(Level.Trial)
        public void setUp() {
            ComputeThreads.use(1);
            super.setUp();
        }
    }

    @Benchmark
    public Object layerwrightMlpEpoch(LayerwrightState state) {
        return state.trainer.fit(state.x, state.y, new FitOptions().batchSize(BATCH).epochs(1).verbose(0));
    }

    @Benchmark
    public Object dl4jMlpEpoch(Dl4jState state) {
        return fitEpoch(state);
    }

    @Benchmark
    public Object dl4jMlpEpochOneThread(Dl4jOneThreadState state) {
        return fitEpoch(state);
    }

    private static double fitEpoch(Dl4jState state) {
        for (org.nd4j.linalg.dataset.DataSet batch : state.batches) {
            state.network.fit(batch);
        }
        return state.network.score();
    }
}
