package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.core.Dense;

class WeightsReportTest {
    @TempDir
    Path temp;

    private static Model mlp(String first, int firstUnits) {
        Keras.clearSession();
        KerasTensor in = Input.of(4);
        KerasTensor hidden = new Dense(firstUnits).name(first).apply(in);
        return new Model(in, new Dense(2).name("out").apply(hidden));
    }

    @Test
    void byPositionNamesTheSavedLayerOfEachModelLayer() {
        Path file = temp.resolve("w.h5");
        Weights.save(mlp("hidden", 3), file);
        WeightsReport report = Weights.loadWithReport(mlp("other", 3), file, false, false);
        assertEquals(List.of(new WeightsReport.LayerResult("other", WeightsReport.Outcome.LOADED,
                "from saved layer hidden (position 0)"), new WeightsReport.LayerResult("out",
                WeightsReport.Outcome.LOADED, "from saved layer out (position 1)")), report.layers());
    }

    @Test
    void byNameReportsSkippedAndMissingLayers() {
        Path file = temp.resolve("w.h5");
        Weights.save(mlp("hidden", 3), file);
        Model wider = mlp("hidden", 5);
        WeightsReport report = Weights.loadWithReport(wider, file, true, true);
        assertEquals(WeightsReport.Outcome.SKIPPED, report.layers().get(0).outcome());
        assertEquals("Skipping loading of weights for layer hidden due to mismatch in shape ((4, 5) vs (4, 3)).",
                report.layers().get(0).detail());
        assertEquals(WeightsReport.Outcome.SKIPPED, report.layers().get(1).outcome(), "out's kernel is 5x2 now");
        WeightsReport renamed = Weights.loadWithReport(mlp("fresh", 3), file, true, true);
        assertEquals(WeightsReport.Outcome.NOT_IN_FILE, renamed.layers().get(0).outcome());
        assertEquals(WeightsReport.Outcome.LOADED, renamed.layers().get(1).outcome());
        assertEquals(1, renamed.count(WeightsReport.Outcome.LOADED));
    }
}
