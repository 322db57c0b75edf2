package org.vetsim.cli;

/** The exit codes of every vetsim command, documented in the README. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An internal error: a bug in vetsim. */
    public static final int INTERNAL_ERROR = 1;
    /** Bad input: a scenario file, an option or an output folder the user gave. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
