package org.vetsim.experiment.sweep;

import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.design.Factor;
import org.vetsim.io.output.Column;
import org.vetsim.io.scenario.ParameterReference;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a sweep's varied keys, described from the parameter reference: the key's type,
 * unit and meaning, as {@code vetsim params} gives them.
 */
final class VariedKeys {
    private VariedKeys() {
    }

    /** One column per varied key of {@code design}, in order. */
    static List<Column> columns(Design design) {
        Map<String, ParameterReference.Entry> reference = reference();
        return design.factors().stream().map(factor -> column(factor, reference.get(factor.key()))).toList();
    }

    /** A chart axis's label for a varied key: the key with its unit in brackets where it has one. */
    static String axisLabel(String key) {
        ParameterReference.Entry entry = reference().get(key);
        return entry == null || entry.unit().isEmpty() ? key : key + " (" + entry.unit() + ")";
    }

    /** Whether {@code key} takes whole numbers only. */
    static boolean wholeNumber(String key) {
        ParameterReference.Entry entry = reference().get(key);
        return entry != null && entry.type().equals("whole number");
    }

    private static Map<String, ParameterReference.Entry> reference() {
        return ParameterReference.entries().stream()
                .collect(Collectors.toMap(ParameterReference.Entry::key, Function.identity(), (a, b) -> a));
    }

    private static Column column(Factor factor, ParameterReference.Entry entry) {
        if (entry == null) {
            return Column.text(factor.key(), "Value of the varied key " + factor.key() + ".");
        }
        String description = "Varied key: " + entry.doc();
        Column.Type type = switch (entry.type()) {
            case "number" -> Column.Type.NUMBER;
            case "whole number" -> Column.Type.INTEGER;
            case "true/false" -> Column.Type.BOOLEAN;
            default -> Column.Type.STRING;
        };
        return new Column(factor.key(), type, entry.unit(), description, null, null, List.of());
    }
}
