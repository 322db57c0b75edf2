package org.vetsim.scenario;

/**
 * A scenario value that breaks its documented rule. Carries the record component name so
 * that a loader can report the full key path of the offending value.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private final String key;

    public InvalidParameterException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The record component (YAML key, camel case) whose value was rejected. */
    public String key() {
        return key;
    }
}
