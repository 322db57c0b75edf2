package org.vetsim.cli;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.scenario.ScenarioException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The one place where failures become messages and exit codes: the user's mistakes (a bad
 * scenario, option or output folder) print one clear line and exit 2; anything else is a bug in
 * vetsim, printed with its stack trace, exit 1.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof ScenarioException || ex instanceof UserException || ex instanceof ExperimentException) {
            err.println("vetsim: error: " + ex.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("vetsim: internal error (please report it): " + ex);
        ex.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
