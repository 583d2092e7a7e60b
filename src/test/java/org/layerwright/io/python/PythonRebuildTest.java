package org.layerwright.io.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.InputLayer;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Node;
import org.layerwright.core.config.PythonJson;
import org.layerwright.io.ModelFiles;

/**
 * Runs the Python written for every sample model and every Keras fixture that reads as a model, against a small
 * stand-in for TensorFlow that records what the script builds (test resource {@code python/recorder}; it computes
 * nothing), and checks that the script rebuilds the same model: the same layers with the same classes and names,
 * every written argument equal to the layer's config value, the same calls in the same order with the same
 * inputs, and the same model inputs and outputs. Skipped, saying so, without {@code /usr/bin/python3}.
 */
class PythonRebuildTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyScriptRebuildsItsModel(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is not installed: the rebuild check is skipped");
        Map<String, Path> sources = new LinkedHashMap<>();
        for (String sample : KerasPythonWriterGoldenTest.SAMPLES) {
            sources.put(sample, Path.of("sample-models", sample + ".json"));
        }
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/fixtures/keras"))) {
            fixtures.filter(p -> p.toString().endsWith("_model.h5") || p.toString().endsWith(".json"))
                    .sorted().forEach(p -> sources.put(p.getFileName().toString(), p));
        }
        Map<String, Model> models = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-B", resource("python/recorder/describe.py")));
        int index = 0;
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            Keras.clearSession();
            // Read leniently: the TensorFlow.js fixtures come without their weight shards, and only the
            // architecture matters here.
            Model model = ModelFiles.readDocument(source.getValue(), true).model();
            Path script = dir.resolve("model_" + index++ + ".py");
            Files.writeString(script, KerasPythonWriter.write(model), StandardCharsets.UTF_8);
            models.put(script.toString(), model);
            command.add(script.toString());
        }
        assertTrue(models.size() > 30, "the samples and the fixtures give " + models.size() + " models");
        Map<String, Object> described = run(command);
        for (Map.Entry<String, Model> entry : models.entrySet()) {
            String name = sources.keySet().toArray(new String[0])[List.copyOf(models.keySet()).indexOf(entry.getKey())];
            @SuppressWarnings("unchecked")
            Map<String, Object> model = (Map<String, Object>) described.get(entry.getKey());
            assertNotNull(model, name);
            assertFalse(model.containsKey("error"), name + ": " + model.get("error"));
            compareModel(name, entry.getValue(), model);
        }
    }

    private static void assertTrue(boolean condition, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(condition, message);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(PythonRebuildTest.class.getResource("/" + name).toURI()).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(List<String> command) throws IOException, InterruptedException,
            URISyntaxException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONPATH", resource("python/recorder"));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(process.waitFor(120, TimeUnit.SECONDS), "python3 did not finish within two minutes");
        assertEquals(0, process.exitValue(), "the recorder failed: " + output);
        return JSON.readValue(output, Map.class);
    }

    /** A value as JSON reads it back: tuples become lists, Keras objects maps. */
    private static Object normalized(Object value) {
        try {
            return JSON.readValue(PythonJson.dumps(value), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void compareModel(String where, Model model, Map<String, Object> described) {
        assertEquals(model.name(), described.get("name"), where);
        Map<String, Map<String, Object>> pythonLayers = new LinkedHashMap<>();
        for (Object item : (List<Object>) described.get("layers")) {
            Map<String, Object> layer = (Map<String, Object>) item;
            pythonLayers.put((String) layer.get("name"), layer);
        }
        List<Layer> layers = model.network().layers();
        assertEquals(layers.stream().map(Layer::name).sorted().toList(),
                pythonLayers.keySet().stream().sorted().toList(), where + ": layer names");
        CallForms calls = new CallForms(model);
        for (Layer layer : layers) {
            Map<String, Object> python = pythonLayers.get(layer.name());
            String at = where + " / " + layer.name();
            if (layer instanceof InputLayer input) {
                assertEquals("InputLayer", python.get("class_name"), at);
                List<Integer> dims = input.batchInputShape().toList();
                assertEquals(normalized(dims.subList(1, dims.size())), ((Map<String, Object>) python.get("kwargs"))
                        .get("shape"), at);
                continue;
            }
            if (layer instanceof Model nested) {
                assertEquals("Model", python.get("class_name"), at);
                compareModel(at, nested, (Map<String, Object>) python.get("model"));
            } else {
                assertEquals(layer.className(), python.get("class_name"), at);
                compareArguments(at, layer, python);
            }
            List<Object> pythonCalls = (List<Object>) python.get("calls");
            List<Node> javaCalls = layer.inboundNodes().stream()
                    .filter(n -> model.network().contains(n) && !n.isInput()).toList();
            assertEquals(javaCalls.size(), pythonCalls.size(), at + ": calls");
            for (int i = 0; i < javaCalls.size(); i++) {
                Map<String, Object> call = (Map<String, Object>) pythonCalls.get(i);
                List<Object> inputs = new ArrayList<>((List<Object>) call.get("inputs"));
                for (Object kwarg : ((Map<String, Object>) call.get("kwargs")).values()) {
                    if (kwarg instanceof List<?> ref && ref.size() == 3 && ref.get(0) instanceof String) {
                        inputs.add(kwarg);
                    }
                }
                List<Object> expected = new ArrayList<>();
                for (KerasTensor t : javaCalls.get(i).inputTensors()) {
                    expected.add(reference(t, calls));
                }
                assertEquals(expected, inputs, at + ": inputs of call " + i);
            }
        }
        assertEquals(model.inputs().stream().map(t -> reference(t, calls)).toList(), described.get("inputs"), where);
        assertEquals(model.outputs().stream().map(t -> reference(t, calls)).toList(), described.get("outputs"), where);
    }

    private static List<Object> reference(KerasTensor tensor, CallForms calls) {
        int call = tensor.node().isInput() ? 0 : calls.ordinal(tensor.node()) - 1;
        return List.of(tensor.layer().name(), call, tensor.tensorIndex());
    }

    @SuppressWarnings("unchecked")
    private static void compareArguments(String at, Layer layer, Map<String, Object> python) {
        List<Object> args = new ArrayList<>((List<Object>) python.get("args"));
        Map<String, Object> kwargs = (Map<String, Object>) python.get("kwargs");
        if ("Lambda".equals(layer.className())) {
            args.remove(0);
        }
        List<Object> expectedArgs = new ArrayList<>();
        Map<String, Object> expectedKwargs = new LinkedHashMap<>();
        for (LayerArguments.Argument argument : LayerArguments.of(layer.className(), layer.getConfig(),
                layer.buildInputShapes())) {
            if ("Lambda".equals(layer.className()) && !kwargs.containsKey(argument.key())) {
                continue;
            }
            Object value = normalized(argument.value());
            if (value instanceof Map<?, ?> map && map.get("config") instanceof Map<?, ?> config
                    && config.get("name") != null && !"Policy".equals(map.get("class_name"))) {
                // A nested layer (a Bidirectional's): the recorder keeps its class and name.
                value = Map.of("class_name", map.get("class_name"), "name", config.get("name"));
            }
            if (argument.positional()) {
                expectedArgs.add(value);
            } else {
                expectedKwargs.put(argument.key(), value);
            }
        }
        assertEquals(expectedArgs, args, at + ": positional arguments");
        assertEquals(expectedKwargs, new LinkedHashMap<>(kwargs), at + ": keyword arguments");
    }
}
