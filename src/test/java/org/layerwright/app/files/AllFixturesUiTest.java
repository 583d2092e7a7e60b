package org.layerwright.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.io.hdf5.WeightsReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opens every Keras fixture in the window through File ▸ Open's code path: each model shows with the layer count
 * of its summary; each weights file loads into the model it was saved from.
 */
@ExtendWith(ApplicationExtension.class)
class AllFixturesUiTest {
    @TempDir
    static Path temp;
    private FileTestWindow app;

    @Start
    void start(Stage stage) throws Exception {
        app = new FileTestWindow(stage, Files.createTempDirectory(temp, "config"));
    }

    private <T> T run(FxRobot robot, Supplier<CompletableFuture<T>> action) {
        AtomicReference<CompletableFuture<T>> future = new AtomicReference<>();
        robot.interact(() -> future.set(action.get()));
        return FileTestWindow.await(future.get());
    }

    /** Layers in each model's summary, from the expected-summaries tables. */
    private static Map<String, Integer> summaryLayers() throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (String table : new String[] {"expected-summaries.csv", "expected-h5-summaries.csv"}) {
            for (String line : Files.readAllLines(Fixtures.keras(table))) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cells = line.split(",");
                    out.put(cells[0], Integer.parseInt(cells[1]));
                }
            }
        }
        return out;
    }

    @Test
    void everyFixtureOpens(FxRobot robot) throws Exception {
        Path dir = Fixtures.keras("MANIFEST.tsv").getParent();
        Map<String, Integer> layers = summaryLayers();
        List<String> checked = new ArrayList<>();
        for (String row : Files.readAllLines(dir.resolve("MANIFEST.tsv")).subList(1, Files.readAllLines(
                dir.resolve("MANIFEST.tsv")).size())) {
            String[] cells = row.split("\t");
            String name = cells[0];
            String kind = cells[1];
            Path file = dir.resolve(name);
            Keras.clearSession();
            app.dialogs.previews.clear();
            if (kind.equals("weights-h5")) {
                Path config = dir.resolve(name.replace("_weights.h5", "_config.json"));
                app.dialogs.importAnswers.add(true);
                assertTrue(run(robot, () -> app.files.openFile(config, false)), () -> name + ": " + app.dialogs.errors);
                WeightsReport report = run(robot, () -> app.files.loadWeights(file, new WeightsOptions(false,
                        false)));
                assertNotNull(report, () -> name + ": " + app.dialogs.errors);
                assertTrue(report.count(WeightsReport.Outcome.LOADED) > 0, name);
                assertEquals(report.layers().size(), report.count(WeightsReport.Outcome.LOADED), name);
            } else {
                app.dialogs.importAnswers.add(true);
                assertTrue(run(robot, () -> app.files.openFile(file, false)), () -> name + ": " + app.dialogs.errors);
                ImportPreview preview = app.dialogs.previews.get(0);
                Integer expected = layers.get(name);
                assertNotNull(expected, name + " has no row in the expected summaries");
                assertEquals(expected.intValue(), preview.layerCount(), name);
                int inputLayerAdded = app.main.document().sequential() ? 1 : 0;
                assertEquals(expected + inputLayerAdded, app.main.document().graph().size(), name);
                boolean tfjs = kind.equals("tfjs-json");
                assertEquals(tfjs ? null : file, app.main.file(), name);
                assertEquals((tfjs ? preview.modelName() : name) + " — Layerwright", app.main.titleProperty().get());
            }
            checked.add(name);
        }
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors::toString);
        try (var files = Files.list(dir)) {
            long fixtures = files.filter(f -> !f.getFileName().toString().endsWith(".csv")
                    && !f.getFileName().toString().equals("MANIFEST.tsv")).count();
            assertEquals(fixtures, checked.size(), "every fixture file has a MANIFEST row and was opened");
        }
    }
}
