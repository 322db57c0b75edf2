package org.vetsim.cli;

/** Entry point: runs the {@code vetsim} command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(VetsimCommand.commandLine().execute(args));
    }
}
