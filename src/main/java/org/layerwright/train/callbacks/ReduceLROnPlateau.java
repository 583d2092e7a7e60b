package org.layerwright.train.callbacks;

import java.util.Map;

/**
 * Keras's ReduceLROnPlateau: multiplies the learning rate by {@code factor} (default 0.1) when {@code monitor}
 * (default val_loss) has not improved by {@code minDelta} (1e-4) for {@code patience} (10) epochs, then waits
 * {@code cooldown} (0) epochs; never below {@code minLr} (0). Logs the rate as {@code lr}.
 */
public final class ReduceLROnPlateau extends Callback {
    private String monitor = "val_loss";
    private double factor = 0.1;
    private int patience = 10;
    private String mode = "auto";
    private double minDelta = 1e-4;
    private int cooldown;
    private double minLr;
    private Monitor direction;
    private double best;
    private int wait;
    private int cooldownCounter;

    /** The quantity to watch (default val_loss). */
    public ReduceLROnPlateau monitor(String monitor) {
        this.monitor = monitor;
        return this;
    }

    /** What the rate is multiplied by on a plateau (default 0.1; must be below 1). */
    public ReduceLROnPlateau factor(double factor) {
        if (factor >= 1.0) {
            throw new IllegalArgumentException("ReduceLROnPlateau does not support a factor >= 1.0, received "
                    + factor + ".");
        }
        this.factor = factor;
        return this;
    }

    /** Epochs without improvement before reducing (default 10). */
    public ReduceLROnPlateau patience(int patience) {
        this.patience = patience;
        return this;
    }

    /** auto (default), min or max. */
    public ReduceLROnPlateau mode(String mode) {
        this.mode = mode;
        return this;
    }

    /** The least change that counts as improvement (default 1e-4). */
    public ReduceLROnPlateau minDelta(double minDelta) {
        this.minDelta = minDelta;
        return this;
    }

    /** Epochs to wait after a reduction before counting again (default 0). */
    public ReduceLROnPlateau cooldown(int cooldown) {
        this.cooldown = cooldown;
        return this;
    }

    /** The lowest rate (default 0). */
    public ReduceLROnPlateau minLr(double minLr) {
        this.minLr = minLr;
        return this;
    }

    @Override
    public void onTrainBegin() {
        direction = new Monitor(monitor, mode, minDelta);
        best = direction.worst();
        wait = 0;
        cooldownCounter = 0;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        logs.put("lr", control().learningRate());
        Double current = logs.get(monitor);
        if (current == null) {
            return;
        }
        if (cooldownCounter > 0) {
            cooldownCounter--;
            wait = 0;
        }
        if (direction.improves(current, best)) {
            best = current;
            wait = 0;
        } else if (cooldownCounter <= 0) {
            wait++;
            if (wait >= patience) {
                double old = control().learningRate();
                if (old > minLr) {
                    control().setLearningRate(Math.max(old * factor, minLr));
                    cooldownCounter = cooldown;
                    wait = 0;
                }
            }
        }
    }
}
