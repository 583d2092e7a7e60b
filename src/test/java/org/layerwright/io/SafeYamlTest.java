package org.layerwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.core.config.PyTuple;
import org.layerwright.testing.Golden;

/** YAML is read with a safe loader: !!python/tuple is a list, every code-running tag is refused and never runs. */
class SafeYamlTest {
    @TempDir
    Path dir;

    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void pythonTuplesAreReadAsTuples() {
        Map<String, Object> map = SafeYaml.parse("shape: !!python/tuple\n- null\n- 28\nempty: !!python/tuple []\n",
                "t.yaml");
        assertInstanceOf(PyTuple.class, map.get("shape"));
        assertEquals(java.util.Arrays.asList(null, 28), map.get("shape"));
        assertEquals(List.of(), map.get("empty"));
    }

    @Test
    void kerasYamlReadsToTheSameModel() {
        String json = Golden.read("golden/json/tf26_model2.json");
        assertEquals(json, Models.modelFromYaml(Golden.read("golden/yaml/tf26_model2.yaml")).toJson());
    }

    @Test
    void javaClassPayloadIsRefusedAndNothingIsCreated() {
        Path marker = dir.resolve("created-by-yaml");
        String payload = "backend: tensorflow\nclass_name: Sequential\nconfig: !!java.io.FileOutputStream [\""
                + marker.toString().replace("\\", "/") + "\"]\n";
        RefusedYamlTagException e = assertThrows(RefusedYamlTagException.class, () -> Models.modelFromYaml(payload));
        assertEquals("!!java.io.FileOutputStream", e.tag());
        assertFalse(Files.exists(marker), "the refused constructor must never run");
    }

    @Test
    void scriptEngineManagerPayloadIsRefused() {
        String payload = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://127.0.0.1:9/payload.jar\"]]]]\n";
        RefusedYamlTagException e = assertThrows(RefusedYamlTagException.class, () -> Models.modelFromYaml(payload));
        assertTrue(e.tag().startsWith("!!java"), e.tag());
        assertTrue(e.getMessage().contains("is refused: it could run code"), e.getMessage());
    }

    @Test
    void pythonObjectApplyIsRefusedWithItsPlace() {
        Path marker = dir.resolve("touched");
        String payload = "class_name: Sequential\nconfig:\n  layers: !!python/object/apply:os.system [\"touch "
                + marker + "\"]\n";
        RefusedYamlTagException e = assertThrows(RefusedYamlTagException.class, () -> Models.modelFromYaml(payload));
        assertEquals("!!python/object/apply:os.system", e.tag());
        assertEquals("line 3, column 11", e.place());
        assertFalse(Files.exists(marker));
    }

    @Test
    void pythonNameAndGlobalTagsAreRefused() {
        assertEquals("!!python/name:os.system", assertThrows(RefusedYamlTagException.class,
                () -> Models.modelFromYaml("class_name: !!python/name:os.system ''\n")).tag());
        assertEquals("tag:example.com,2000:app/thing", assertThrows(RefusedYamlTagException.class,
                () -> Models.modelFromYaml("class_name: !<tag:example.com,2000:app/thing> x\n")).tag());
        assertEquals("!local", assertThrows(RefusedYamlTagException.class,
                () -> Models.modelFromYaml("class_name: !local x\n")).tag());
    }

    @Test
    void brokenYamlSaysWhere() throws Exception {
        Path file = dir.resolve("cut.yaml");
        Files.writeString(file, "class_name: Sequential\nconfig:\n  layers: [\n");
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class,
                () -> ModelFiles.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not valid YAML at line 4, column 1:"), e.getMessage());
    }
}
