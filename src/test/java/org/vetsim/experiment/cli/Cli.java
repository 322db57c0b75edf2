package org.vetsim.experiment.cli;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.scenario.ScenarioException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs one experiment command in-process, mapping user mistakes to exit code 2 as the root
 * {@code vetsim} command does, and captures its output.
 */
final class Cli {
    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            if (ex instanceof ExperimentException || ex instanceof ScenarioException) {
                cl.getErr().println("vetsim: error: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
