package org.layerwright.app;

import java.io.PrintWriter;
import org.layerwright.cli.LayerwrightCli;

/**
 * The jar's entry point: {@code summary}, {@code convert} and {@code train} run the command line; no arguments
 * show the bundled MNIST sample model. (A launcher class apart from any JavaFX Application, so that
 * {@code java -jar} works.)
 */
public final class Main {
    static final String SAMPLE = "sample-models/mnist_mlp.json";

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (args.length == 0) {
            System.exit(SampleSummary.print(SAMPLE, out, err));
        }
        System.exit(LayerwrightCli.run(args, out, err));
    }
}
