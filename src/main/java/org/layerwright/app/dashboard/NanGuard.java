package org.layerwright.app.dashboard;

import java.util.Locale;
import java.util.Map;
import org.layerwright.train.callbacks.Callback;

/**
 * Stops training at the first batch whose loss is NaN or infinite, and explains in plain words what usually causes
 * it, instead of letting the charts draw garbage.
 */
final class NanGuard extends Callback {
    private final double learningRate;
    private volatile String explanation;
    private int epoch;

    NanGuard(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public void onEpochBegin(int epoch) {
        this.epoch = epoch;
    }

    @Override
    public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
        Double loss = logs.get("loss");
        if (explanation == null && loss != null && (loss.isNaN() || loss.isInfinite())) {
            explanation = String.format(Locale.ROOT, "Training stopped: the loss became %s at epoch %d, batch %d."
                    + " The weights grew out of range. Usually the learning rate is too high (try %s) or the data"
                    + " is not scaled (inputs should be small, such as pixels in [0, 1] or features with mean 0 and"
                    + " standard deviation 1).", loss.isNaN() ? "NaN" : "infinite", epoch + 1, batch + 1,
                    new java.math.BigDecimal(Double.toString(learningRate / 10))
                    .stripTrailingZeros().toPlainString());
            control().stopTraining();
        }
    }

    /** Why training stopped, or null when the loss stayed finite. */
    String explanation() {
        return explanation;
    }
}
