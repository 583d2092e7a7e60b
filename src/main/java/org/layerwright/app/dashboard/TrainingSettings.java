package org.layerwright.app.dashboard;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The arguments of Keras's {@code compile} and {@code fit} that the dashboard offers, with Keras's defaults
 * (rmsprop at 0.001, batch size 32, 1 epoch, no validation split; EarlyStopping on val_loss with patience 0). Keras
 * has no default loss: the dashboard starts from sparse_categorical_crossentropy with accuracy, as for class labels.
 */
public final class TrainingSettings {
    /** The losses offered, by Keras's names. */
    public static final List<String> LOSSES = List.of("sparse_categorical_crossentropy", "categorical_crossentropy",
            "binary_crossentropy", "mse", "mae", "huber", "hinge", "kl_divergence");
    /** The optimizers offered, by Keras's names. */
    public static final List<String> OPTIMIZERS = List.of("rmsprop", "adam", "sgd", "adamw", "adagrad", "adadelta",
            "adamax", "nadam");
    /** The metrics offered, by Keras's names. */
    public static final List<String> METRICS = List.of("accuracy", "mae", "mse");

    private final StringProperty loss = new SimpleStringProperty("sparse_categorical_crossentropy");
    private final StringProperty optimizer = new SimpleStringProperty("rmsprop");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(0.001);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(32);
    private final IntegerProperty epochs = new SimpleIntegerProperty(1);
    private final DoubleProperty validationSplit = new SimpleDoubleProperty(0.0);
    private final ObservableList<String> metrics = FXCollections.observableArrayList("accuracy");
    private final BooleanProperty earlyStopping = new SimpleBooleanProperty(false);
    private final StringProperty earlyStoppingMonitor = new SimpleStringProperty("val_loss");
    private final IntegerProperty earlyStoppingPatience = new SimpleIntegerProperty(0);
    private final ObjectProperty<LearningRateSchedule> schedule =
            new SimpleObjectProperty<>(LearningRateSchedule.CONSTANT);
    private final DoubleProperty scheduleFactor = new SimpleDoubleProperty(0.1);
    private final IntegerProperty scheduleEpochs = new SimpleIntegerProperty(10);

    public TrainingSettings() {
        // Keras's default rate differs by optimizer: 0.01 for SGD, 0.001 for the others.
        optimizer.addListener((obs, old, name) -> learningRate.set("sgd".equals(name) ? 0.01 : 0.001));
    }

    public StringProperty lossProperty() {
        return loss;
    }

    public StringProperty optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public DoubleProperty validationSplitProperty() {
        return validationSplit;
    }

    /** The metric names passed to compile, in order. */
    public ObservableList<String> metrics() {
        return metrics;
    }

    public BooleanProperty earlyStoppingProperty() {
        return earlyStopping;
    }

    public StringProperty earlyStoppingMonitorProperty() {
        return earlyStoppingMonitor;
    }

    public IntegerProperty earlyStoppingPatienceProperty() {
        return earlyStoppingPatience;
    }

    public ObjectProperty<LearningRateSchedule> scheduleProperty() {
        return schedule;
    }

    /** What the schedule multiplies the rate by. */
    public DoubleProperty scheduleFactorProperty() {
        return scheduleFactor;
    }

    /** Step decay: every how many epochs; reduce on plateau: the patience. */
    public IntegerProperty scheduleEpochsProperty() {
        return scheduleEpochs;
    }

    /** What stops these settings from training, or null: checked before a run starts. */
    public String problem() {
        if (batchSize.get() < 1 || epochs.get() < 1) {
            return "Batch size and epochs must be at least 1.";
        }
        if (validationSplit.get() < 0 || validationSplit.get() >= 1) {
            return "The validation split must be between 0 and 1 (0.2 holds out the last 20% of the samples).";
        }
        if (!(learningRate.get() > 0)) {
            return "The learning rate must be above 0 (Keras's default is 0.001).";
        }
        String watched = watchedValues();
        if (watched != null) {
            return watched;
        }
        return null;
    }

    private String watchedValues() {
        boolean validation = validationSplit.get() > 0;
        if (earlyStopping.get() && earlyStoppingMonitor.get().startsWith("val_") && !validation) {
            return "Early stopping watches " + earlyStoppingMonitor.get() + ", but there is no validation data: set a"
                    + " validation split or watch " + earlyStoppingMonitor.get().substring(4) + ".";
        }
        return null;
    }

    /** The current values, for one run. */
    SettingsValues values() {
        return new SettingsValues(loss.get(), optimizer.get(), learningRate.get(), batchSize.get(), epochs.get(),
                validationSplit.get(), List.copyOf(metrics), earlyStopping.get(), earlyStoppingMonitor.get(),
                earlyStoppingPatience.get(), schedule.get(), scheduleFactor.get(), scheduleEpochs.get());
    }
}
