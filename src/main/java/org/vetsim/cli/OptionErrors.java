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

    /** Reads an option of a Java long (a seed): says so in words a user knows, not a Java type's name. */
    static Long wholeNumber(String text) {
        return parsed(text, Long::valueOf, "a whole number", " of at most 19 digits (up to 9,223,372,036,854,775,807)");
    }

    /** Reads an option of a Java int (years, replications, threads): a whole number in that type's range. */
    static Integer smallWholeNumber(String text) {
        return parsed(text, Integer::valueOf, "a whole number", " from -2,147,483,648 to 2,147,483,647");
    }

    /** Reads a number option (a decimal such as 0.5 or 1e-3). */
    static Double number(String text) {
        return parsed(text, Double::valueOf, "a number", "");
    }

    /**
     * {@code text} read by {@code parse}, or an error saying it is not {@code what}, with
     * {@code range} added where it is written as a whole number (so it is only too large).
     */
    private static <T> T parsed(String text, java.util.function.Function<String, T> parse, String what, String range) {
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not " + what
                    + (text.strip().matches("[+-]?\\d+") ? range : ""));
        }
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
