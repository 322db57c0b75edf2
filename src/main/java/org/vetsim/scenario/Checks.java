package org.vetsim.scenario;

import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * Validation of scenario records from their {@link Param} annotations. Called from the compact
 * constructor of every scenario record, so an invalid scenario can never be built.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Checks the component values of a record of type {@code type}, given in declaration order,
     * against their {@link Param} ranges; every value must be present.
     *
     * <p>Called from a compact constructor with the constructor's parameters. It must not be
     * given {@code this}: in a compact constructor the fields are assigned only after the body
     * has run, so they would all read as zero or null.
     *
     * @throws InvalidParameterException naming the first component whose value is rejected
     * @throws IllegalArgumentException if the values do not match the record's components
     */
    public static void validate(Class<? extends Record> type, Object... values) {
        RecordComponent[] components = type.getRecordComponents();
        if (values.length != components.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
                    + " components but " + values.length + " values were given");
        }
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Object value = values[i];
            if (value == null) {
                throw new InvalidParameterException(component.getName(), "a value is required");
            }
            if (!boxed(component.getType()).isInstance(value)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName()
                        + " was given a " + value.getClass().getSimpleName());
            }
            Param param = component.getAnnotation(Param.class);
            if (param != null && value instanceof Number number) {
                checkRange(component.getName(), number.doubleValue(), param);
            }
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return MethodType.methodType(type).wrap().returnType();
    }

    private static void checkRange(String key, double value, Param param) {
        String problem = rangeProblem(value, param);
        if (problem != null) {
            throw new InvalidParameterException(key, problem);
        }
    }

    /** What is wrong with {@code value} against {@code param}'s range, or null if nothing is. */
    public static String rangeProblem(double value, Param param) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "must be a finite number";
        }
        if (value < param.min() || value > param.max()) {
            return "is " + format(value) + " but must be " + describeRange(param);
        }
        return null;
    }

    /** The allowed range in words, e.g. "between 0 and 1" or "at least 1". */
    public static String describeRange(Param param) {
        boolean hasMin = param.min() != Double.NEGATIVE_INFINITY;
        boolean hasMax = param.max() != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax) {
            return "between " + format(param.min()) + " and " + format(param.max());
        }
        if (hasMin) {
            return "at least " + format(param.min());
        }
        if (hasMax) {
            return "at most " + format(param.max());
        }
        return "any finite number";
    }

    /** Requires {@code condition}, else fails with {@code key} and {@code message}. */
    public static void require(boolean condition, String key, String message) {
        if (!condition) {
            throw new InvalidParameterException(key, message);
        }
    }

    /** Requires a non-empty collection. */
    public static void requireNonEmpty(Collection<?> values, String key) {
        require(values != null && !values.isEmpty(), key, "must list at least one entry");
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
