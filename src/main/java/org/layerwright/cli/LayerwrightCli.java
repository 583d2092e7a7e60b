package org.layerwright.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code layerwright summary FILE}, and the other commands. Errors print one line,
 * {@code error: FILE: what is wrong}, on standard error and exit with code 2; no stack trace.
 */
// INHERIT: every command gets --help and --version, which the one-line errors point to.
@Command(name = "layerwright", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Draw, understand and train Keras-style neural networks.",
        subcommands = {SummaryCommand.class, ConvertCommand.class, TrainCommand.class})
public final class LayerwrightCli implements Runnable {
    /** Exit code for bad input: a bad file, argument or shape. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with these arguments and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new LayerwrightCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("error: " + oneLine(e.getMessage()) + " (see 'layerwright " + e.getCommandLine()
                    .getCommandName() + " --help')");
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return BAD_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static String oneLine(String message) {
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
