package org.layerwright.train.callbacks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keras's ModelCheckpoint for weights: after each epoch, saves through a {@link WeightsSaver} to a path that may
 * hold Python format fields, {@code weights.{epoch:02d}-{val_loss:.2f}.h5}. With {@code saveBestOnly} it saves only
 * when {@code monitor} improved.
 */
public final class ModelCheckpoint extends Callback {
    private static final Pattern FIELD = Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_]*)(?::([^}]*))?}");

    private final String filepath;
    private final WeightsSaver saver;
    private String monitor = "val_loss";
    private boolean saveBestOnly;
    private String mode = "auto";
    private Monitor direction;
    private double best;

    public ModelCheckpoint(String filepath, WeightsSaver saver) {
        this.filepath = filepath;
        this.saver = saver;
    }

    /** The quantity compared by {@code saveBestOnly} (default val_loss). */
    public ModelCheckpoint monitor(String monitor) {
        this.monitor = monitor;
        return this;
    }

    /** Save only when the monitored quantity improved. */
    public ModelCheckpoint saveBestOnly(boolean saveBestOnly) {
        this.saveBestOnly = saveBestOnly;
        return this;
    }

    /** auto (default), min or max. */
    public ModelCheckpoint mode(String mode) {
        this.mode = mode;
        return this;
    }

    @Override
    public void onTrainBegin() {
        direction = new Monitor(monitor, mode, 0.0);
        best = direction.worst();
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        if (saveBestOnly) {
            Double current = logs.get(monitor);
            if (current == null || !direction.improves(current, best)) {
                return;
            }
            best = current;
        }
        try {
            saver.save(control().model(), Path.of(format(filepath, epoch + 1, logs)));
        } catch (IOException e) {
            throw new UncheckedIOException("ModelCheckpoint could not save " + filepath + ": " + e.getMessage(), e);
        }
    }

    /** Fills {@code {epoch}}, {@code {epoch:02d}}, {@code {val_loss:.2f}} and the like, as Python's str.format. */
    static String format(String pattern, int epoch, Map<String, Double> logs) {
        Matcher m = FIELD.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String spec = m.group(2);
            Object value = name.equals("epoch") ? (Object) epoch : logs.get(name);
            if (value == null) {
                throw new IllegalArgumentException("ModelCheckpoint path " + pattern + " names '" + name
                        + "', which is not logged. Logged: epoch, " + logs.keySet() + ".");
            }
            String text;
            if (spec == null || spec.isEmpty()) {
                text = String.valueOf(value);
            } else if (value instanceof Integer && spec.endsWith("d")) {
                text = String.format(Locale.ROOT, "%" + spec, value);
            } else {
                text = String.format(Locale.ROOT, "%" + spec, ((Number) value).doubleValue());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
