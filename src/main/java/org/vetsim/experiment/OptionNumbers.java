package org.vetsim.experiment;

import java.math.BigDecimal;

/** Numbers written in the options of the experiment commands ({@code --vary}, {@code --lever}), read exactly. */
public final class OptionNumbers {
    private OptionNumbers() {
    }

    /**
     * {@code text} (surrounding blanks ignored) as an exact decimal; an {@link ExperimentException}
     * naming {@code option} (e.g. {@code --vary key=0:x}) if it is not a number.
     */
    public static BigDecimal decimal(String option, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ExperimentException(option + ": '" + text.strip() + "' is not a number");
        }
    }
}
