package org.layerwright.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.application.Application;
import org.layerwright.cli.LayerwrightCli;

/**
 * The jar's entry point: {@code summary}, {@code convert} and {@code train} (and the CLI's options) run the command
 * line; no arguments open the window with the bundled MNIST sample; one existing file opens the window with it.
 * (A launcher apart from the JavaFX Application, so that {@code java -jar} finds the JavaFX runtime.)
 */
public final class Main {
    private static final Set<String> COMMANDS = Set.of("summary", "convert", "train", "help", "--help", "-h",
            "--version", "-V");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && !COMMANDS.contains(args[0]) && Files.isRegularFile(
                Path.of(args[0]))) {
            Application.launch(LayerwrightApp.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(LayerwrightCli.run(args, out, err));
    }
}
