package org.vetsim.io.output;

import java.util.List;
import java.util.Locale;

/**
 * One column of an output CSV file as a data tool should read it: its name, the type of its
 * values, their unit, what they mean and the range or the set of values they take. The CSV
 * header and the file's entry in {@code datapackage.json} are both made from it.
 *
 * @param name the column name in the header
 * @param type the type of the values
 * @param unit the unit, empty where there is none
 * @param description what a value means
 * @param minimum the smallest value, or null
 * @param maximum the largest value, or null
 * @param values the only values allowed (text columns), or empty for any
 */
public record Column(String name, Type type, String unit, String description, Double minimum, Double maximum,
                     List<String> values) {

    /** The types of values, named as in the Frictionless Table Schema. */
    public enum Type {
        INTEGER, NUMBER, STRING, BOOLEAN;

        /** The Table Schema name of the type. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Column {
        values = List.copyOf(values);
    }

    /** A column of whole numbers, at least {@code minimum}. */
    public static Column integer(String name, String unit, String description, double minimum) {
        return new Column(name, Type.INTEGER, unit, description, minimum, null, List.of());
    }

    /** A column of numbers without bounds. */
    public static Column number(String name, String unit, String description) {
        return new Column(name, Type.NUMBER, unit, description, null, null, List.of());
    }

    /** A column of text. */
    public static Column text(String name, String description) {
        return new Column(name, Type.STRING, "", description, null, null, List.of());
    }

    /** A column of text taking only {@code values}. */
    public static Column oneOf(String name, String description, List<String> values) {
        return new Column(name, Type.STRING, "", description, null, null, values);
    }

    /** This column with its values between {@code min} and {@code max} (either may be null). */
    public Column within(Double min, Double max) {
        return new Column(name, type, unit, description, min, max, values);
    }
}
