package org.layerwright.app.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerwright.core.Shape;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.data.Datasets;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The data set chosen for training: a bundled one (mnist, digits, iris) or a user's file, read in the background,
 * with its summary and preview. Properties change on the UI thread only.
 */
public final class DataChoice {
    /** The bundled data sets, by the names {@code Datasets.byName} takes. */
    public static final List<String> BUNDLED = List.of("mnist", "digits", "iris");

    private final Executor background;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DataSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("No data set chosen");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private long request;

    public DataChoice(Executor background) {
        this.background = background;
    }

    /** Reads a bundled data set: mnist, digits or iris. */
    public CompletableFuture<Dataset> useBundled(String name) {
        return load(name + " (bundled)", () -> Datasets.byName(name));
    }

    /** Reads a user's file; for CSV, {@code labelColumn} is the 0-based label column or {@link DataFiles#LAST_COLUMN}. */
    public CompletableFuture<Dataset> useFile(Path file, int labelColumn) {
        return load(file.getFileName().toString(), () -> DataFiles.read(file, labelColumn));
    }

    /**
     * Gives the samples the model's input shape when they hold as many values (28×28 → 784); the preview follows.
     * Returns false when the sizes differ.
     */
    public boolean reshapeTo(Shape modelInput) {
        Dataset current = dataset.get();
        if (current == null || !modelInput.isFullyKnownExceptBatch()
                || modelInput.productFrom(1) != current.x().length() / Math.max(1, current.size())) {
            return false;
        }
        long[] shape = new long[modelInput.rank()];
        shape[0] = current.size();
        for (int axis = 1; axis < shape.length; axis++) {
            shape[axis] = modelInput.dim(axis);
        }
        INDArray x = current.x().dup('c').reshape('c', shape);
        Dataset reshaped = new Dataset(current.name(), x, current.y(), current.classNames());
        show(reshaped, DataSummary.of(reshaped));
        return true;
    }

    private CompletableFuture<Dataset> load(String label, Supplier<Dataset> reader) {
        long ticket = ++request;
        loading.set(true);
        error.set(null);
        source.set("Reading " + label + "…");
        CompletableFuture<Dataset> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            Dataset data = reader.get();
            return new Object[] {data, DataSummary.of(data)};
        }, background).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (ticket != request) {
                done.cancel(false);
                return;
            }
            loading.set(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                error.set("Cannot read " + label + ": " + cause.getMessage());
                source.set(label);
                done.completeExceptionally(cause);
                return;
            }
            source.set(label);
            show((Dataset) result[0], (DataSummary) result[1]);
            done.complete((Dataset) result[0]);
        }));
        return done;
    }

    private void show(Dataset data, DataSummary about) {
        dataset.set(data);
        summary.set(about);
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The summary and preview of the chosen data, or null. */
    public ReadOnlyObjectProperty<DataSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last choice could not be read, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Where the data comes from, in words. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
