package org.vetsim.experiment;

/**
 * A mistake in what the user asked an experiment to do (a bad option, design or output
 * folder). Its message is one line that says what is wrong and how to put it right; the command
 * line prints it without a stack trace and exits with code 2.
 */
public class ExperimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }

    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
