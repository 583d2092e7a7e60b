package org.layerwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.layerwright.cli.LayerwrightCli;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.summary.ModelSummary;
import org.layerwright.core.summary.SummaryOptions;
import org.layerwright.core.summary.SummaryStyle;
import org.layerwright.testing.Golden;

/**
 * Every real Keras and TensorFlow.js file of the fixture set opens, through the API and through
 * {@code layerwright summary}, and shows the parameter counts Keras reports for it (published where a figure is
 * published, worked out by hand otherwise; the CSV says which).
 */
class FixtureSummariesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/fixtures/keras/expected-summaries.csv")
    void summarisesWithKerasCounts(String file, int layers, long total, long trainable, long nonTrainable,
            String source) throws Exception {
        Model model = Models.documentFromMap(Models.parseJson(Golden.read("fixtures/keras/" + file), file), file)
                .model();
        ModelSummary summary = model.summarize();
        assertEquals(layers, summary.rows().size(), "layers in the summary");
        assertEquals(total, summary.totalParams(), "total parameters (" + source + ")");
        assertEquals(trainable, summary.trainableParams(), "trainable parameters");
        assertEquals(nonTrainable, summary.nonTrainableParams(), "non-trainable parameters");
        for (SummaryStyle style : SummaryStyle.values()) {
            assertFalse(model.summaryText(SummaryOptions.of(style)).isEmpty(), style.id());
        }

        Path copy = dir.resolve(file);
        Files.writeString(copy, Golden.read("fixtures/keras/" + file));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LayerwrightCli.run(new String[] {"summary", copy.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertEquals(String.format(java.util.Locale.US, "Total params: %,d", total),
                out.toString().lines().filter(l -> l.startsWith("Total params")).findFirst().orElseThrow());
    }
}
