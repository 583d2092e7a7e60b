package org.layerwright.train.callbacks;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Prints Keras's progress: {@code Epoch 1/3}, then at the end of each epoch
 * {@code 63/63 [==============================] - 1s 4ms/step - loss: 0.3512 - accuracy: 0.9012 - val_loss: ...}.
 * With {@code live} (a terminal), the bar is redrawn in place after every batch, with Keras's ETA.
 * Verbose 2 prints only {@code 63/63 - 1s - loss: ...} per epoch, as Keras's {@code verbose=2}.
 */
public final class ProgbarLogger extends Callback {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean live;
    private final int verbose;
    private long epochStart;
    private int lastLength;

    public ProgbarLogger(PrintWriter out, boolean live, int verbose) {
        this.out = out;
        this.live = live;
        this.verbose = verbose;
    }

    @Override
    public void onEpochBegin(int epoch) {
        out.println("Epoch " + (epoch + 1) + "/" + control().epochs());
        out.flush();
        epochStart = System.nanoTime();
        lastLength = 0;
    }

    @Override
    public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
        int steps = control().stepsPerEpoch();
        if (!live || verbose != 1 || batch + 1 >= steps) {
            return;
        }
        double elapsed = (System.nanoTime() - epochStart) / 1e9;
        double eta = elapsed / (batch + 1) * (steps - batch - 1);
        String line = bar(batch + 1, steps) + " - ETA: " + eta(eta) + values(logs);
        int pad = Math.max(0, lastLength - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastLength = line.length();
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        int steps = control().stepsPerEpoch();
        double elapsed = (System.nanoTime() - epochStart) / 1e9;
        String line;
        if (verbose == 2) {
            line = steps + "/" + steps + String.format(Locale.ROOT, " - %.0fs", elapsed) + values(logs);
        } else {
            line = bar(steps, steps) + String.format(Locale.ROOT, " - %.0fs", elapsed)
                    + perStep(elapsed / Math.max(1, steps)) + values(logs);
        }
        if (live && verbose == 1) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())) + "\n");
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** {@code 12/63 [=====>........................]}, as Keras's Progbar. */
    static String bar(int current, int target) {
        int digits = (int) Math.log10(target) + 1;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%" + digits + "d/%d [", current, target));
        int filled = (int) (WIDTH * ((double) current / target));
        if (filled > 0) {
            s.append("=".repeat(filled - 1)).append(current < target ? ">" : "=");
        }
        s.append(".".repeat(WIDTH - filled)).append(']');
        return s.toString();
    }

    /** Keras's time per step: {@code 4ms/step}, {@code 2s/step} or {@code 850us/step}. */
    static String perStep(double seconds) {
        if (seconds >= 1 || seconds == 0) {
            return String.format(Locale.ROOT, " %.0fs/step", seconds);
        }
        if (seconds >= 1e-3) {
            return String.format(Locale.ROOT, " %.0fms/step", seconds * 1e3);
        }
        return String.format(Locale.ROOT, " %.0fus/step", seconds * 1e6);
    }

    private static String eta(double seconds) {
        long eta = (long) seconds;
        if (eta > 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", eta / 3600, (eta % 3600) / 60, eta % 60);
        }
        if (eta > 60) {
            return String.format(Locale.ROOT, "%d:%02d", eta / 60, eta % 60);
        }
        return eta + "s";
    }

    /** {@code  - loss: 0.3512 - accuracy: 0.9012}; tiny values in Keras's {@code %.4e}. */
    static String values(Map<String, Double> logs) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Double> e : logs.entrySet()) {
            double v = e.getValue();
            s.append(" - ").append(e.getKey()).append(':');
            s.append(Math.abs(v) > 1e-3 ? String.format(Locale.ROOT, " %.4f", v)
                    : String.format(Locale.ROOT, " %.4e", v));
        }
        return s.toString();
    }
}
