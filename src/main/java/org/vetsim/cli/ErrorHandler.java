package org.vetsim.cli;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.scenario.ScenarioException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The one place where failures become messages and exit codes: the user's mistakes (a bad
 * scenario, option, or an output folder that cannot be written) print one clear line and exit 2;
 * anything else is a bug in vetsim, printed with its stack trace, exit 1.
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
        FileSystemException fileProblem = fileSystemCause(ex);
        if (fileProblem != null) {
            err.println("vetsim: error: cannot write " + fileProblem.getFile() + ": " + reason(fileProblem)
                    + "; choose another --out folder");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("vetsim: internal error (please report it): " + ex);
        ex.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The file-system failure behind {@code ex} (a folder the user named that cannot be written), or null. */
    private static FileSystemException fileSystemCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fse) {
                return fse;
            }
        }
        return null;
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist or cannot be created";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
