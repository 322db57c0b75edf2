package org.vetsim.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Mistakes on the command line itself (an unknown option, a value of the wrong kind, an empty
 * path): one line naming the option and pointing to the command's help, exit code 2.
 */
final class OptionErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("vetsim: error: " + ex.getMessage().strip().replaceAll("\\s*\\R\\s*", " ") + oneScenarioHint(ex)
                + "; see '" + command.getCommandSpec().qualifiedName() + " --help'");
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /**
     * For a second scenario given to a command that takes one ({@code run}, {@code validate},
     * {@code warmup}): where to go instead; empty otherwise.
     */
    private static String oneScenarioHint(CommandLine.ParameterException ex) {
        String name = ex.getCommandLine().getCommandSpec().name();
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || !List.of("run", "validate", "warmup").contains(name)
                || unmatched.getUnmatched().isEmpty() || unmatched.getUnmatched().get(0).startsWith("-")) {
            return "";
        }
        return " (" + name + " takes one scenario; 'vetsim compare A B' runs several side by side)";
    }

    /** Reads a file or folder option: refuses an empty path (which would mean the current folder). */
    static Path path(String text) {
        if (text.isBlank()) {
            throw new CommandLine.TypeConversionException("an empty path; name a file or folder");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a usable path (" + e.getReason() + ")");
        }
    }
}
