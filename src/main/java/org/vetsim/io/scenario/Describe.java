package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.vetsim.io.scenario.Shape.Changes;
import org.vetsim.io.scenario.Shape.Group;
import org.vetsim.io.scenario.Shape.Leaf;
import org.vetsim.io.scenario.Shape.ListOf;

/** Words for values found in a file and for the values a shape allows, used in messages. */
final class Describe {
    /** Longest text of a value repeated in a message. */
    private static final int LONGEST_ECHO = 40;

    private Describe() {
    }

    /** A value as found, e.g. {@code 'abc'}, {@code 1.5}, {@code a list}. */
    static String value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            String text = node.textValue().replaceAll("\\s+", " ");
            return "'" + (text.length() > LONGEST_ECHO ? text.substring(0, LONGEST_ECHO) + "..." : text) + "'";
        }
        if (node.isObject()) {
            return "a map of keys";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.asText();
    }

    /** The kind of a value without the value itself, e.g. "a single text value". */
    static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a single text value";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isValueNode() ? "a single value" : "a map of keys";
    }

    /** What a value of {@code shape} must be, e.g. "a number between 0 and 1". */
    static String expected(Shape shape) {
        if (shape instanceof Leaf leaf) {
            String kind = switch (leaf.kind()) {
                case NUMBER -> "a number";
                case INT, LONG -> "a whole number";
                case BOOLEAN -> "true or false";
                case TEXT -> "text";
            };
            return leaf.range().isEmpty() ? kind : kind + " " + leaf.range();
        }
        if (shape instanceof Group group) {
            return "a map with the keys " + String.join(", ", group.fields().keySet());
        }
        if (shape instanceof ListOf list) {
            return list.element() instanceof Group group
                    ? "a list of entries with the keys " + String.join(", ", group.requiredKeys())
                    : "a list of " + expected(list.element());
        }
        return "a map of keys and new values, e.g. financial_incentives.subsidy_per_place: 2.0 or education.vet_fee_months: 0.5";
    }

    /** A short type name for the parameter reference, e.g. "number", "list". */
    static String typeName(Shape shape) {
        if (shape instanceof Leaf leaf) {
            return switch (leaf.kind()) {
                case NUMBER -> "number";
                case INT, LONG -> "whole number";
                case BOOLEAN -> "true/false";
                case TEXT -> "text";
            };
        }
        if (shape instanceof ListOf) {
            return "list";
        }
        return shape instanceof Changes ? "keys and values" : "map";
    }
}
