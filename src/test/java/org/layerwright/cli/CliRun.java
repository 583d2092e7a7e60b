package org.layerwright.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line as a script sees it: the exit code and everything written to stdout and stderr.
 *
 * @param code the exit code
 * @param out  what was printed on standard output
 * @param err  what was printed on standard error
 */
record CliRun(int code, String out, String err) {
    /** Runs {@code layerwright ARGS} in this JVM. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LayerwrightCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
