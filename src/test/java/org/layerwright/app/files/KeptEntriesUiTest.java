package org.layerwright.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.config.PythonJson;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.commands.MoveNodesCommand.Point;
import org.layerwright.io.Models;
import org.layerwright.io.hdf5.FullModelFiles;
import org.layerwright.io.hdf5.ModelFileInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a saved file keeps besides the model: the canvas layout in an HDF5 model, and other tools' entries. */
@ExtendWith(ApplicationExtension.class)
class KeptEntriesUiTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    @TempDir
    static Path temp;
    private FileTestWindow app;

    @Start
    void start(Stage stage) throws Exception {
        Keras.clearSession();
        app = new FileTestWindow(stage, Files.createTempDirectory(temp, "config"));
    }

    private void moveEveryNode(FxRobot robot) {
        Map<String, Point> targets = new LinkedHashMap<>();
        double dx = 13.0625;
        for (LayerNode node : app.main.document().graph().nodes()) {
            targets.put(node.id(), new Point(node.x() + dx, node.y() + dx / 3));
            dx += 17.7;
        }
        robot.interact(() -> app.main.moveNodes(targets, System.nanoTime()));
    }

    private static List<String> positions(ModelDocument document) {
        List<String> out = new ArrayList<>();
        for (LayerNode node : document.graph().nodes()) {
            out.add(node.name() + "@" + node.x() + "," + node.y());
        }
        return out;
    }

    private void open(FxRobot robot, Path file) {
        AtomicReference<CompletableFuture<Boolean>> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(app.files.openFile(file, false)));
        assertTrue(FileTestWindow.await(opened.get()), app.dialogs.errors::toString);
    }

    @Test
    void anHdf5ModelKeepsTheLayoutBesideAnUnchangedModelConfig(FxRobot robot) throws Exception {
        moveEveryNode(robot);
        List<String> layout = positions(app.main.document());
        Path h5 = temp.resolve("moved.h5");
        assertTrue(app.saved(robot, () -> app.files.saveTo(h5)), app.dialogs.errors::toString);

        String modelConfig = ModelFileInfo.ofHdf5(h5).modelConfigJson();
        assertFalse(modelConfig.contains("layerwright"), "model_config holds only what Keras writes");
        assertEquals(List.of("class_name", "config"), new ArrayList<>(Models.parseJson(modelConfig, "model_config")
                .keySet()));
        assertTrue(FullModelFiles.extraAttributes(h5).containsKey("layerwright"));

        robot.interact(app.files::newDocument);
        open(robot, h5);
        assertTrue(app.dialogs.previews.isEmpty(), "a Layerwright HDF5 model opens without the preview");
        assertEquals(layout, positions(app.main.document()));
        assertFalse(app.main.isModified());
        assertFalse(app.files.values().isEmpty(), "its weights came with it");

        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is not installed: the h5py check is skipped");
        String script = String.join("\n",
                "import h5py, json, sys",
                "with h5py.File(sys.argv[1], 'r') as f:",
                "    config = f.attrs['model_config']",
                "    config = config.decode('utf-8') if isinstance(config, bytes) else config",
                "    layout = json.loads(f.attrs['layerwright'])",
                "    print(json.dumps({'model_config': config, 'class_name': json.loads(config)['class_name'],",
                "        'keys': sorted(f.attrs.keys()), 'layout_version': layout['version'],",
                "        'groups': sorted(f.keys())}))");
        ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), "-c", script, h5.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assumeTrue(!output.contains("No module named 'h5py'"), "h5py is not installed: the h5py check is skipped");
        assertEquals(0, process.exitValue(), output);
        Map<String, Object> read = Models.parseJson(output, "h5py");
        assertEquals(modelConfig, read.get("model_config"), "h5py reads the same model_config text");
        assertEquals("Sequential", read.get("class_name"));
        assertEquals(List.of("backend", "keras_version", "layerwright", "model_config"), read.get("keys"));
        assertEquals(1, read.get("layout_version"));
        assertEquals(List.of("model_weights"), read.get("groups"));
    }

    @Test
    void anotherToolsTopLevelKeysAreWrittenBack(FxRobot robot) throws Exception {
        Path plain = temp.resolve("plain.json");
        DocumentWriter.write(plain, app.main.document(), LayerWeights.NONE);
        Map<String, Object> foreign = new LinkedHashMap<>(Models.parseJson(Files.readString(plain), "plain"));
        foreign.remove("layerwright");
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("author", "someone");
        notes.put("reviewed", List.of(1, 2.5, true));
        foreign.put("notes", notes);
        foreign.put("exported_by", "another-tool 1.2");
        Path file = temp.resolve("foreign.json");
        Files.writeString(file, PythonJson.dumps(foreign));

        app.dialogs.importAnswers.add(true);
        open(robot, file);
        assertEquals(1, app.dialogs.previews.size(), "a file without a layout is shown first");
        moveEveryNode(robot);
        assertTrue(app.saved(robot, app.files::save), app.dialogs.errors::toString);

        Map<String, Object> saved = Models.parseJson(Files.readString(file), "saved");
        assertEquals(List.of("class_name", "config", "keras_version", "backend", "notes", "exported_by",
                "layerwright"), new ArrayList<>(saved.keySet()));
        assertEquals(notes, saved.get("notes"));
        assertEquals("another-tool 1.2", saved.get("exported_by"));
        assertEquals(Keras.VERSION, saved.get("keras_version"));

        // Reopened, saved again (the layout now comes from the file): nothing is lost or repeated.
        robot.interact(app.files::newDocument);
        open(robot, file);
        List<String> layout = positions(app.main.document());
        assertTrue(app.saved(robot, app.files::save));
        assertEquals(saved, Models.parseJson(Files.readString(file), "saved again"));
        assertEquals(layout, positions(app.main.document()));

        // As an HDF5 model the string entry is a root attribute, and it comes back from there.
        Path h5 = temp.resolve("foreign.h5");
        assertTrue(app.saved(robot, () -> app.files.saveTo(h5)), app.dialogs.errors::toString);
        assertEquals("another-tool 1.2", FullModelFiles.extraAttributes(h5).get("exported_by"));
        robot.interact(app.files::newDocument);
        open(robot, h5);
        assertEquals("another-tool 1.2", app.files.extras().get("exported_by"));
    }

    @Test
    void aYamlDocumentAndAKerasArchiveKeepThemToo(FxRobot robot) throws Exception {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("exported_by", "another-tool 1.2");
        robot.interact(() -> app.files.show(org.layerwright.editor.TestDocuments.sample(), null, LayerWeights.NONE, extras));
        Path yaml = temp.resolve("kept.yaml");
        assertTrue(app.saved(robot, () -> app.files.saveTo(yaml)), app.dialogs.errors::toString);
        assertTrue(Files.readString(yaml).contains("exported_by: another-tool 1.2"), Files.readString(yaml));
        Path archive = temp.resolve("kept.keras");
        assertTrue(app.saved(robot, () -> app.files.saveTo(archive)), app.dialogs.errors::toString);
        robot.interact(app.files::newDocument);
        open(robot, archive);
        assertEquals("another-tool 1.2", app.files.extras().get("exported_by"));
        robot.interact(app.files::newDocument);
        open(robot, yaml);
        assertEquals("another-tool 1.2", app.files.extras().get("exported_by"));
    }
}
