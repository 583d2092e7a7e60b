package org.layerwright.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.layerwright.core.Model;
import org.layerwright.core.summary.SummaryJson;
import org.layerwright.core.summary.SummaryOptions;
import org.layerwright.core.summary.SummaryStyle;
import org.layerwright.io.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code layerwright summary FILE}: prints the Keras summary of a model file, as text or JSON. */
@Command(name = "summary", description = "Print the Keras summary of a model file.")
final class SummaryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A Keras model file (JSON from to_json()).")
    Path file;

    @Option(names = "--style", paramLabel = "S", defaultValue = "tf-2.6",
            description = "Keras version to imitate: keras-1, keras-2.2, tf-2.6 (default), tf-2.12, tf-2.15, keras-3"
                    + " (box-drawn table, 76 columns wide as Keras 3 prints it to a pipe or a file).")
    String style;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Option(names = "--line-length", paramLabel = "N", description = "Total width of the text table.")
    Integer lineLength;

    @Option(names = "--terminal-width", paramLabel = "N",
            description = "keras-3 only: terminal width the table is fitted to (default 80, as when Python prints"
                    + " to a pipe or a file).")
    Integer terminalWidth;

    @Option(names = "--expand-nested", description = "Show the layers of nested models (Keras 2.7+ and keras-3).")
    boolean expandNested;

    @Option(names = "--show-trainable", description = "Add a Trainable column (Keras 2.8+ and keras-3).")
    boolean showTrainable;

    @Override
    public Integer call() {
        SummaryStyle chosen;
        try {
            chosen = SummaryStyle.fromId(style);
        } catch (IllegalArgumentException e) {
            return fail("--style " + style + ": " + e.getMessage());
        }
        SummaryOptions options;
        try {
            options = SummaryOptions.of(chosen).withLineLength(lineLength).withExpandNested(expandNested)
                    .withShowTrainable(showTrainable).withTerminalWidth(terminalWidth);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        if (!"text".equals(format) && !"json".equals(format)) {
            return fail("--format " + format + ": expected text or json.");
        }
        org.layerwright.io.ModelDocument document = ModelFiles.readDocument(file, true);
        Model model = document.model();
        for (String warning : document.warnings()) {
            spec.commandLine().getErr().println("warning: " + file + ": " + warning);
        }
        var out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.println(SummaryJson.toJson(model.summarize()));
        } else {
            try {
                model.summary(options.withPrintFn(out::println));
            } catch (IllegalArgumentException e) {
                return fail(file + ": " + e.getMessage());
            }
        }
        out.flush();
        return 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + LayerwrightCli.oneLine(message));
        return LayerwrightCli.BAD_INPUT;
    }
}
