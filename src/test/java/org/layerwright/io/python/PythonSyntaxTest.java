package org.layerwright.io.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Keras;
import org.layerwright.io.ModelFiles;

/**
 * The Python written for every sample model parses with Python's own {@code ast} module. TensorFlow is not needed
 * (nor run): the check is the syntax. Skipped, saying so, on machines without {@code /usr/bin/python3}.
 */
class PythonSyntaxTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void everySampleModelsCodeParses(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is not installed: the Python syntax check is skipped");
        List<String> files = new java.util.ArrayList<>();
        for (String sample : KerasPythonWriterGoldenTest.SAMPLES) {
            Keras.clearSession();
            Path file = dir.resolve(sample + ".py");
            Files.writeString(file, KerasPythonWriter.write(ModelFiles.read(Path.of("sample-models", sample
                    + ".json"))), StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON.toString(), "-c",
                "import ast, sys\nfor name in sys.argv[1:]:\n    ast.parse(open(name).read(), name)\n"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS), "python3 did not answer within a minute");
        assertEquals(0, process.exitValue(), output);
    }
}
