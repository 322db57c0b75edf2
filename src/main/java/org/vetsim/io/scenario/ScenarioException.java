package org.vetsim.io.scenario;

/**
 * A scenario that cannot be loaded: a missing or malformed file, an unknown key, a value of the
 * wrong type or out of its allowed range. {@link #getMessage()} is written for the user and is
 * complete on its own: where the problem is (file, line and column, or the {@code --set}
 * override), the full dotted key, what is wrong and what is allowed. Show it without a stack
 * trace.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Where the problem was written, if known: to report several in the order of their files. */
    private final transient Location where;

    /** A problem described by a complete, user-facing message. */
    public ScenarioException(String message) {
        this(message, null);
    }

    private ScenarioException(String message, Location where) {
        super(message);
        this.where = where;
    }

    /** A problem at {@code where} with the value of {@code key} (empty for none). */
    static ScenarioException at(Location where, String key, String problem) {
        StringBuilder message = new StringBuilder(where.toString()).append(": ");
        if (!key.isEmpty()) {
            message.append(key).append(": ");
        }
        return new ScenarioException(message.append(problem).toString(), where);
    }

    /** Where the problem was written, or null when unknown. */
    Location where() {
        return where;
    }
}
