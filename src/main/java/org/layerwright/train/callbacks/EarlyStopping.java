package org.layerwright.train.callbacks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's EarlyStopping: stops training when {@code monitor} has not improved for {@code patience} epochs, and can
 * put back the best epoch's weights.
 *
 * <pre>{@code
 * new EarlyStopping("val_loss").patience(3).restoreBestWeights(true)
 * }</pre>
 */
public final class EarlyStopping extends Callback {
    private final String monitor;
    private double minDelta;
    private int patience;
    private String mode = "auto";
    private Double baseline;
    private boolean restoreBestWeights;
    private Monitor direction;
    private int wait;
    private int stoppedEpoch = -1;
    private int bestEpoch;
    private double best;
    private List<INDArray> bestWeights;

    public EarlyStopping(String monitor) {
        this.monitor = monitor;
    }

    /** Changes smaller than this do not count as improvement (default 0). */
    public EarlyStopping minDelta(double minDelta) {
        this.minDelta = minDelta;
        return this;
    }

    /** Epochs without improvement before stopping (default 0). */
    public EarlyStopping patience(int patience) {
        this.patience = patience;
        return this;
    }

    /** auto (default), min or max. */
    public EarlyStopping mode(String mode) {
        this.mode = mode;
        return this;
    }

    /** A value the monitor must beat, or training stops after {@code patience} epochs. */
    public EarlyStopping baseline(Double baseline) {
        this.baseline = baseline;
        return this;
    }

    /** Put back the weights of the best epoch when stopping (default false). */
    public EarlyStopping restoreBestWeights(boolean restore) {
        this.restoreBestWeights = restore;
        return this;
    }

    /** The 0-based epoch at which training was stopped, or -1. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    /** The 0-based epoch with the best monitored value. */
    public int bestEpoch() {
        return bestEpoch;
    }

    @Override
    public void onTrainBegin() {
        direction = new Monitor(monitor, mode, minDelta);
        wait = 0;
        stoppedEpoch = -1;
        best = direction.worst();
        bestWeights = null;
        bestEpoch = 0;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        Double current = logs.get(monitor);
        if (current == null) {
            return;
        }
        if (restoreBestWeights && bestWeights == null) {
            bestWeights = copyWeights();
        }
        wait++;
        if (direction.improves(current, best)) {
            best = current;
            bestEpoch = epoch;
            if (restoreBestWeights) {
                bestWeights = copyWeights();
            }
            if (baseline == null || direction.improves(current, baseline)) {
                wait = 0;
                return;
            }
        }
        if (wait >= patience && epoch > 0) {
            stoppedEpoch = epoch;
            control().stopTraining();
            if (restoreBestWeights && bestWeights != null) {
                List<INDArray> weights = control().model().getWeights();
                for (int i = 0; i < weights.size(); i++) {
                    weights.get(i).assign(bestWeights.get(i));
                }
            }
        }
    }

    private List<INDArray> copyWeights() {
        List<INDArray> copies = new ArrayList<>();
        for (INDArray w : control().model().getWeights()) {
            copies.add(w.dup());
        }
        return copies;
    }
}
