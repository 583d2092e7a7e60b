package org.layerwright.app.dashboard;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.core.Model;
import org.layerwright.core.Shape;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;
import org.layerwright.train.data.Dataset;

/**
 * The Train tab's state: the data, the settings, the check of the data against the drawn model, and the run. A run
 * trains a snapshot of the canvas taken at start; later edits do not disturb it, and {@link #modelChangedProperty()}
 * then says the canvas moved on.
 */
public final class DashboardViewModel {
    private final MainViewModel main;
    private final Executor background;
    private final DataChoice data;
    private final TrainingSettings settings = new TrainingSettings();
    private final TrainingSession session = new TrainingSession();
    private final ReadOnlyObjectWrapper<ShapeCheck> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper modelChanged = new ReadOnlyBooleanWrapper();
    private ModelDocument trainedDocument;
    private long trainedRevision;
    private boolean active;

    public DashboardViewModel(MainViewModel main, Executor background) {
        this.main = main;
        this.background = background;
        this.data = new DataChoice(background);
        main.lastChangeProperty().addListener((obs, old, change) -> documentChanged());
        data.summaryProperty().addListener((obs, old, summary) -> recheck());
        settings.lossProperty().addListener((obs, old, loss) -> recheck());
    }

    /**
     * Called when the Train tab is first shown: picks the bundled data set that fits the model's input (mnist for
     * 28×28, digits for 8×8, iris for 4 features) when no data was chosen yet, and checks the data.
     */
    public void activate() {
        active = true;
        if (data.datasetProperty().get() == null && !data.loadingProperty().get()) {
            data.useBundled(suggestedData());
        }
        recheck();
    }

    /** Called when the Train tab is hidden: edits on the canvas are no longer checked against the data. */
    public void deactivate() {
        active = false;
    }

    private String suggestedData() {
        try {
            long size = ModelConversion.toModel(main.document()).inputs().get(0).shape().productFrom(1);
            return size == 64 ? "digits" : size == 4 ? "iris" : "mnist";
        } catch (RuntimeException e) {
            return "mnist";
        }
    }

    private void documentChanged() {
        if (session.stateProperty().get() != RunState.IDLE) {
            modelChanged.set(main.document() != trainedDocument || main.document().revision() != trainedRevision);
        }
        if (active) {
            recheck();
        }
    }

    /** Checks the chosen data against the model on the canvas and the chosen loss. */
    public ShapeCheck recheck() {
        Model model = null;
        String problem = null;
        try {
            model = ModelConversion.toModel(main.document());
        } catch (RuntimeException e) {
            // The typed model errors, and whatever a half-drawn graph may throw: shown as text, never a trace.
            problem = "The model has a problem: " + e.getMessage();
        }
        return check(model, problem);
    }

    private ShapeCheck check(Model model, String modelProblem) {
        DataSummary summary = data.summaryProperty().get();
        ShapeCheck result;
        if (summary == null) {
            result = new ShapeCheck("Choose a data set.", false);
        } else if (model == null) {
            result = new ShapeCheck(modelProblem, false);
        } else {
            result = ShapeCheck.of(model.inputs().get(0).shape(), model.outputs().get(0).shape(), summary,
                    settings.lossProperty().get());
        }
        check.set(result);
        return result;
    }

    /** Gives the data the model's input shape when they hold as many values per sample (a "Reshape" fix). */
    public boolean reshapeDataToModel() {
        try {
            Shape input = ModelConversion.toModel(main.document()).inputs().get(0).shape();
            return data.reshapeTo(input);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Starts training a snapshot of the canvas's model on the chosen data. Returns false, with the reason in the
     * check or the session's message, when something stands in the way.
     */
    public boolean start() {
        if (session.stateProperty().get().active()) {
            return false;
        }
        Model snapshot;
        try {
            snapshot = ModelConversion.toModel(main.document());
        } catch (RuntimeException e) {
            check(null, "The model has a problem: " + e.getMessage());
            return false;
        }
        ShapeCheck fit = check(snapshot, null);
        String problem = fit.fits() ? settings.problem() : fit.problem();
        if (problem != null) {
            check.set(new ShapeCheck(problem, fit.reshapeable()));
            return false;
        }
        Dataset chosen = data.datasetProperty().get();
        trainedDocument = main.document();
        trainedRevision = trainedDocument.revision();
        modelChanged.set(false);
        session.start(snapshot, chosen, data.summaryProperty().get(), settings);
        return true;
    }

    /** Saves the last run's weights as Keras's HDF5 weights file, in the background; the status bar tells. */
    public void saveWeights(Path file) {
        session.saveWeights(file, background, main::tell);
    }

    public DataChoice data() {
        return data;
    }

    public TrainingSettings settings() {
        return settings;
    }

    public TrainingSession session() {
        return session;
    }

    public Executor background() {
        return background;
    }

    /** The data against the model: null before the first check. */
    public ReadOnlyObjectProperty<ShapeCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** True once the canvas was edited (or another model opened) since the current run's snapshot. */
    public ReadOnlyBooleanProperty modelChangedProperty() {
        return modelChanged.getReadOnlyProperty();
    }
}
