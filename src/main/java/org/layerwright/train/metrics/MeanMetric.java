package org.layerwright.train.metrics;

import java.util.function.BiFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A metric that is the mean over samples of a per-sample value (Keras's MeanMetricWrapper). */
final class MeanMetric implements Metric {
    private final String name;
    private final BiFunction<INDArray, INDArray, INDArray> perSample;
    private double total;
    private long count;

    MeanMetric(String name, BiFunction<INDArray, INDArray, INDArray> perSample) {
        this.name = name;
        this.perSample = perSample;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void update(INDArray yTrue, INDArray yPred) {
        INDArray values = perSample.apply(yTrue, yPred);
        total += values.sumNumber().doubleValue();
        count += values.length();
    }

    @Override
    public double result() {
        return count == 0 ? 0.0 : total / count;
    }

    @Override
    public void reset() {
        total = 0.0;
        count = 0;
    }
}
