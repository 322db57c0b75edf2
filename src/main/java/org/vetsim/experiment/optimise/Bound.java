package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The right-hand side of a constraint: a number ({@code 0.2}), or the base scenario's value
 * with a change ({@code base}, {@code base-0.02}, {@code base+5}, {@code base-10%}). A bound
 * relative to the base is measured against the base's mean over the same replications as the
 * candidate (common random numbers), so that it is a paired difference.
 *
 * @param relative whether the bound is relative to the base
 * @param amount the number, or the change from the base (in percent when {@code percent})
 * @param percent whether the change is a percentage of the base's value
 * @param text the bound as written
 */
public record Bound(boolean relative, double amount, boolean percent, String text) {
    private static final Pattern RELATIVE = Pattern.compile("base(?:\\s*([+-])\\s*([0-9.eE+-]+)\\s*(%?))?");

    /** Parses a bound; {@code context} names the option for messages. */
    public static Bound parse(String text, String context) {
        String t = text.strip();
        Matcher relative = RELATIVE.matcher(t);
        try {
            if (relative.matches()) {
                if (relative.group(1) == null) {
                    return new Bound(true, 0, false, t);
                }
                double change = Double.parseDouble(relative.group(2));
                return checked(new Bound(true, relative.group(1).equals("-") ? -change : change,
                        !relative.group(3).isEmpty(), t), context);
            }
            return checked(new Bound(false, Double.parseDouble(t), false, t), context);
        } catch (NumberFormatException e) {
            throw new ExperimentException(context + ": '" + t + "' is not a number, base, base-D, base+D or base-P%");
        }
    }

    private static Bound checked(Bound bound, String context) {
        if (!Double.isFinite(bound.amount)) {
            throw new ExperimentException(context + ": '" + bound.text + "' is not a finite number");
        }
        return bound;
    }

    /** The bound as a number, given the base's mean (which an absolute bound ignores). */
    public double threshold(double baseMean) {
        if (!relative) {
            return amount;
        }
        return percent ? baseMean * (1 + amount / 100) : baseMean + amount;
    }
}
