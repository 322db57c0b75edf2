package org.vetsim.experiment.optimise;

import java.math.BigDecimal;

/**
 * One policy lever of a search: a scenario key, or the year a reform starts, and the finite,
 * ordered set of levels the search may give it. A number key is searched on a grid of
 * {@link #DEFAULT_STEPS} steps over its range unless a step is given; a whole-number key and the
 * reform year in steps of one; an on/off key has the two levels {@code false} and {@code true}.
 *
 * <p>The search sees every lever as one coordinate u in [0, 1], cut into as many equal parts as
 * the lever has levels: level {@code floor(u * levels)}. So no level is favoured, a switch is on
 * for u of one half and more, and the model only ever sees a value the key allows.
 *
 * @param key dotted scenario key, or {@link #REFORM_YEAR}
 * @param kind what kind of value the key takes
 * @param low the lowest level (0 for a switch)
 * @param step the distance between levels (1 for a switch)
 * @param levels how many levels
 * @param spec the text the lever was given as, for messages and the plan
 */
public record Lever(String key, Kind kind, BigDecimal low, BigDecimal step, int levels, String spec) {
    /** Steps a number key's range is cut into when no step is given. */
    public static final int DEFAULT_STEPS = 1000;
    /** Most levels a lever may have. */
    public static final int MAX_LEVELS = 10_000_000;
    /** The name of the reform-year lever in outputs. */
    public static final String REFORM_YEAR = "reform_year";

    /** The kinds of lever. */
    public enum Kind {
        /** A number key. */
        NUMBER,
        /** A whole-number key. */
        WHOLE,
        /** An on/off key. */
        SWITCH,
        /** The output year from which the levers take effect, as a reform. */
        REFORM_YEAR;

        /** Whether the search moves this lever level by level in its final check. */
        public boolean discrete() {
            return this != NUMBER;
        }
    }

    public Lever {
        if (levels < 2 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException(spec + ": " + levels + " levels");
        }
    }

    /** An on/off lever of {@code key}. */
    public static Lever onOff(String key, String spec) {
        return new Lever(key, Kind.SWITCH, BigDecimal.ZERO, BigDecimal.ONE, 2, spec);
    }

    /** The level that coordinate {@code u} (clipped to [0, 1]) stands for. */
    public int index(double u) {
        double clipped = Math.max(0, Math.min(1, u));
        return Math.min(levels - 1, (int) Math.floor(clipped * levels));
    }

    /** The middle of the part of [0, 1] that stands for level {@code index}. */
    public double centre(int index) {
        return (index + 0.5) / levels;
    }

    /** Level {@code index} as scenario text: {@code true}, {@code false} or an exact decimal. */
    public String value(int index) {
        if (kind == Kind.SWITCH) {
            return index == 0 ? "false" : "true";
        }
        return low.add(step.multiply(BigDecimal.valueOf(index))).stripTrailingZeros().toPlainString();
    }

    /** Level {@code index} as a number for charts and tables: 0 or 1 for a switch. */
    public double numeric(int index) {
        return kind == Kind.SWITCH ? index : Double.parseDouble(value(index));
    }

    /** The level whose text is {@code value}, or -1 if the lever has no such level. */
    public int indexOf(String value) {
        if (kind == Kind.SWITCH) {
            return value.equals("true") ? 1 : value.equals("false") ? 0 : -1;
        }
        try {
            BigDecimal[] steps = new BigDecimal(value).subtract(low).divideAndRemainder(step);
            boolean onGrid = steps[1].signum() == 0 && steps[0].signum() >= 0
                    && steps[0].compareTo(BigDecimal.valueOf(levels)) < 0;
            return onGrid ? steps[0].intValueExact() : -1;
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    /** The range in words, e.g. "0 to 4 in steps of 0.004" or "on or off". */
    public String describeRange() {
        if (kind == Kind.SWITCH) {
            return "off or on";
        }
        String range = value(0) + " to " + value(levels - 1);
        return step.compareTo(BigDecimal.ONE) == 0 ? range : range + " in steps of " + step.stripTrailingZeros().toPlainString();
    }
}
