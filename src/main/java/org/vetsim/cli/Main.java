package org.vetsim.cli;

import picocli.CommandLine;

/** Entry point: runs the {@code vetsim} command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = VetsimCommand.commandLine();
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(code);
    }
}
