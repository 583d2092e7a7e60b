package org.layerwright.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code fit} returns, as Keras's History: one list of values per logged name, one entry per epoch. */
public final class History {
    private final List<Integer> epochs = new ArrayList<>();
    private final Map<String, List<Double>> history = new LinkedHashMap<>();

    /** Records the logs of one finished epoch (0-based). */
    void record(int epoch, Map<String, Double> logs) {
        epochs.add(epoch);
        for (Map.Entry<String, Double> e : logs.entrySet()) {
            history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
    }

    /** The finished epochs, 0-based (Keras's {@code history.epoch}). */
    public List<Integer> epoch() {
        return Collections.unmodifiableList(epochs);
    }

    /** Every logged series: loss, metrics, val_loss, val_ metrics, lr when a callback logs it. */
    public Map<String, List<Double>> history() {
        return Collections.unmodifiableMap(history);
    }

    /** One series, such as {@code val_accuracy}; empty when it was not logged. */
    public List<Double> get(String name) {
        return Collections.unmodifiableList(history.getOrDefault(name, List.of()));
    }

    /** The value of {@code name} after the last epoch. */
    public double last(String name) {
        List<Double> values = history.get(name);
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("No values for '" + name + "'. Logged: " + history.keySet() + ".");
        }
        return values.get(values.size() - 1);
    }
}
