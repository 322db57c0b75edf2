package org.vetsim.experiment.design;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.OptionNumbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One varied parameter of a sweep: either a list of levels ({@code key=a,b,c}, or
 * {@code key=from:to:step} expanded exactly in decimal) or a continuous range
 * ({@code key=from:to}). Levels suit every design; a continuous range suits Latin hypercube and
 * Sobol designs only, since a grid needs a step.
 *
 * @param key dotted scenario key, e.g. {@code labour_market.quit_rate}
 * @param levels the values of a levels factor, as text (empty for a continuous range)
 * @param from lower end of a continuous range (NaN for levels)
 * @param to upper end of a continuous range (NaN for levels)
 * @param spec the text the factor was parsed from
 */
public record Factor(String key, List<String> levels, double from, double to, String spec) {
    /** Most levels one factor may have. */
    public static final int MAX_LEVELS = 10_000;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    private static final MathContext DIGITS = new MathContext(8);

    public Factor {
        levels = List.copyOf(levels);
    }

    /** Parses {@code key=from:to:step}, {@code key=from:to} or {@code key=a,b,c}. */
    public static Factor parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw bad(spec, "expected key=from:to:step, key=from:to or key=a,b,c");
        }
        String key = spec.substring(0, eq).strip();
        String values = spec.substring(eq + 1).strip();
        if (!KEY.matcher(key).matches()) {
            throw bad(spec, "'" + key + "' is not a dotted scenario key such as labour_market.quit_rate");
        }
        if (values.contains(":")) {
            return range(spec, key, values.split(":", -1));
        }
        List<String> levels = new ArrayList<>();
        for (String level : values.split(",", -1)) {
            if (level.isBlank()) {
                throw bad(spec, "empty value in the list");
            }
            levels.add(level.strip());
        }
        if (levels.size() < 2) {
            throw bad(spec, "a varied parameter needs at least two values (use --set for a fixed value)");
        }
        if (levels.stream().distinct().count() != levels.size()) {
            throw bad(spec, "the list repeats a value");
        }
        return new Factor(key, levels, Double.NaN, Double.NaN, spec);
    }

    private static Factor range(String spec, String key, String[] parts) {
        if (parts.length < 2 || parts.length > 3) {
            throw bad(spec, "a range is from:to (continuous) or from:to:step");
        }
        BigDecimal from = OptionNumbers.decimal("--vary " + spec, parts[0]);
        BigDecimal to = OptionNumbers.decimal("--vary " + spec, parts[1]);
        if (from.compareTo(to) >= 0) {
            throw bad(spec, "the range must go upwards (from < to)");
        }
        if (parts.length == 2) {
            return new Factor(key, List.of(), from.doubleValue(), to.doubleValue(), spec);
        }
        BigDecimal step = OptionNumbers.decimal("--vary " + spec, parts[2]);
        if (step.signum() <= 0) {
            throw bad(spec, "the step must be positive");
        }
        BigDecimal count = to.subtract(from).divide(step, MathContext.DECIMAL64);
        if (count.compareTo(BigDecimal.valueOf(MAX_LEVELS)) >= 0) {
            throw bad(spec, "more than " + MAX_LEVELS + " levels; use a larger step");
        }
        List<String> levels = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            levels.add(v.stripTrailingZeros().toPlainString());
        }
        return new Factor(key, levels, Double.NaN, Double.NaN, spec);
    }

    private static ExperimentException bad(String spec, String why) {
        return new ExperimentException("--vary " + spec + ": " + why);
    }

    /** {@code x} written as a plain decimal of at most eight significant digits. */
    public static String plain(double x) {
        return new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** Whether this factor is a continuous range rather than a list of levels. */
    public boolean continuous() {
        return levels.isEmpty();
    }

    /**
     * The value at {@code u} in [0, 1): a point of the range, to eight significant digits, or
     * level {@code floor(u * levels)} so that every level is equally likely.
     */
    public String valueAt(double u) {
        if (continuous()) {
            return plain(from + u * (to - from));
        }
        int index = Math.min(levels.size() - 1, (int) Math.floor(u * levels.size()));
        return levels.get(index);
    }

    /** Whether every value of this factor is a number (so it can go on a numeric axis). */
    public boolean numeric() {
        if (continuous()) {
            return true;
        }
        for (String level : levels) {
            try {
                Double.parseDouble(level);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** A value as a number: the number itself, or the level's position for non-numeric levels. */
    public double numericValue(String value) {
        if (numeric()) {
            return Double.parseDouble(value);
        }
        return levels.indexOf(value);
    }
}
