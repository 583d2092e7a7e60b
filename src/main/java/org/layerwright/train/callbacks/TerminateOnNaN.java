package org.layerwright.train.callbacks;

import java.io.PrintWriter;
import java.util.Map;

/** Keras's TerminateOnNaN: stops training as soon as a batch's loss is NaN or infinite. */
public final class TerminateOnNaN extends Callback {
    private final PrintWriter out;

    /** Reports on standard output, as Keras. */
    public TerminateOnNaN() {
        this(new PrintWriter(System.out, true));
    }

    public TerminateOnNaN(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
        Double loss = logs.get("loss");
        if (loss != null && (loss.isNaN() || loss.isInfinite())) {
            out.println("Batch " + batch + ": Invalid loss, terminating training");
            out.flush();
            control().stopTraining();
        }
    }
}
