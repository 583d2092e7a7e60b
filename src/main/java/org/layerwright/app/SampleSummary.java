package org.layerwright.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.layerwright.core.Model;
import org.layerwright.io.Models;

/** Prints the summary of a sample model bundled in the jar. */
final class SampleSummary {
    private SampleSummary() {
    }

    static int print(String resource, PrintWriter out, PrintWriter err) {
        try (InputStream in = SampleSummary.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                err.println("error: " + resource + ": the sample model is missing from the jar; rebuild with mvn"
                        + " package.");
                return 2;
            }
            Model model = Models.modelFromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            out.println("Layerwright: " + resource);
            model.summary(org.layerwright.core.summary.SummaryOptions.defaults().withPrintFn(out::println));
            return 0;
        } catch (IOException e) {
            err.println("error: " + resource + ": " + e.getMessage());
            return 2;
        }
    }
}
