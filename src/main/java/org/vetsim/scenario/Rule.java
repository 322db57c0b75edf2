package org.vetsim.scenario;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule a scenario record checks beyond each value's own range, usually one that ties several
 * values together (two ages, shares that must not all be zero). Put one on the record for every
 * {@link Checks#require} in its constructor: the parameter reference lists them, and a loader
 * that finds a rule broken blames the value given last among its keys (a {@code --set} before a
 * file). A test holds every {@code Checks.require} to having one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Rules.class)
public @interface Rule {
    /** The record components the rule involves (camel case, as in {@link Checks#require}). */
    String[] keys();

    /** The rule in words, naming keys as a scenario file writes them (snake case). */
    String text();
}
