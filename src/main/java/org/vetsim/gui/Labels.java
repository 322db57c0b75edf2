package org.vetsim.gui;

import java.util.Locale;

/** Turns identifiers and values into the words the GUI shows. */
final class Labels {
    private Labels() {
    }

    /** {@code "jobsPerYoungPerson"} or {@code "JobsPerYoungPerson"} becomes "Jobs per young person". */
    static String humanize(String identifier) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return words.toString();
    }

    /** A value as the GUI shows it: on/off for switches, numbers without needless digits. */
    static String value(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "on" : "off";
        }
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.4g", number).replaceAll("\\.?0+$", "")
                    .replaceAll("\\.?0+e", "e");
        }
        return String.valueOf(value);
    }
}
