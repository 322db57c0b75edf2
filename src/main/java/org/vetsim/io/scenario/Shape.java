package org.vetsim.io.scenario;

import java.util.List;
import java.util.Map;

/**
 * The structure a scenario file must have, derived from the scenario records: which keys are
 * allowed where, and what kind of value each takes.
 */
sealed interface Shape {

    /** The kinds of single values. */
    enum Kind { NUMBER, INT, LONG, BOOLEAN, TEXT }

    /**
     * A map with a fixed set of keys (one record).
     *
     * @param fields the allowed keys, in the order of the record components
     * @param rules the record's rules beyond each value's range
     */
    record Group(Map<String, Field> fields, List<KeyRule> rules) implements Shape {
        /** The keys a file must give when it writes this group as a list entry. */
        List<String> requiredKeys() {
            return fields.values().stream().filter(field -> !field.optional()).map(Field::key).toList();
        }

        /** The first rule that involves {@code key}, if any. */
        java.util.Optional<KeyRule> ruleOf(String key) {
            return rules.stream().filter(rule -> rule.keys().contains(key)).findFirst();
        }
    }

    /**
     * A rule of a group beyond each value's range.
     *
     * @param keys the keys it ties together (snake case)
     * @param text the rule in words
     */
    record KeyRule(List<String> keys, String text) {
    }

    /** A list whose entries all have the shape {@code element}; a list is replaced wholesale. */
    record ListOf(Shape element) implements Shape {
    }

    /**
     * A single value.
     *
     * @param kind what kind of value
     * @param range the allowed range in words, empty for any
     * @param param the value's documented range, null for none
     */
    record Leaf(Kind kind, String range, org.vetsim.scenario.Param param) implements Shape {
        Leaf(Kind kind, String range) {
            this(kind, range, null);
        }
    }

    /**
     * The {@code set} of a reform: any keys of {@code target}, given as dotted paths relative to
     * it, with new values.
     */
    record Changes(Group target) implements Shape {
    }

    /**
     * One key of a group.
     *
     * @param key the YAML key (snake case)
     * @param shape what its value must look like
     * @param doc what it means
     * @param unit unit of measurement, empty for none
     * @param optional whether the key may be left out (only {@code extends})
     */
    record Field(String key, Shape shape, String doc, String unit, boolean optional) {
    }
}
