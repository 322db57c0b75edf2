package org.vetsim.cli;

/** A mistake in what the user asked for; reported as one line, exit code 2, no stack trace. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
