package dk.henvis.cli;

import dk.henvis.app.Services;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One command-line run in the test's JVM, as a user would start it: exit code, stdout and stderr. */
public record CliRun(int code, String out, String err) {
    /** Runs {@code henvis args...} on the real services and captures what it printed. */
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HenvisCommand.run(Services::open, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
