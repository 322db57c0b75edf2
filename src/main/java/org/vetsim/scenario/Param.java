package org.vetsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one scenario parameter and the range it may take. The same annotation drives the
 * validation in every record's compact constructor ({@link Checks#validate}) and the generated
 * parameter reference, so the documentation and the checks cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Param {
    /** What the parameter means, in one or two sentences. */
    String doc();

    /** Unit of measurement, empty where dimensionless. */
    String unit() default "";

    /** Smallest allowed value (numeric parameters only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numeric parameters only). */
    double max() default Double.POSITIVE_INFINITY;

    /**
     * Whether the value is fixed at the start of a run, so a reform cannot change it: most such
     * values are used only when the economy is built (its size, firms, colleges); some fix a rule
     * for the whole run (the month the degree's reference is fixed).
     */
    boolean fixedAtStart() default false;
}
