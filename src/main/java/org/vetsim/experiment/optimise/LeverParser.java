package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.OptionNumbers;
import org.vetsim.io.scenario.ParameterReference;
import org.vetsim.io.scenario.ScenarioException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads {@code --lever KEY=LOW:HIGH[:STEP]}, {@code --lever KEY=bool} and {@code --reform-year}
 * into {@link Lever}s. A lever may be any scenario key that takes a single number or an on/off
 * value: the key and its kind come from the scenario schema ({@link ParameterReference}), and
 * both ends of a range are checked by loading the base scenario with them, so a value outside
 * the key's allowed range is refused with the scenario's own message.
 */
public final class LeverParser {
    private static final String NUMBER = "number";
    private static final String WHOLE = "whole number";
    private static final String SWITCH = "true/false";

    private final Map<String, String> types = new HashMap<>();
    private final Consumer<String> check;

    /**
     * @param check loads the base scenario with one {@code key=value} override, throwing a
     *              {@link ScenarioException} if the scenario rejects it
     */
    public LeverParser(Consumer<String> check) {
        this(ParameterReference.entries(), check);
    }

    LeverParser(List<ParameterReference.Entry> entries, Consumer<String> check) {
        entries.forEach(entry -> types.put(entry.key(), entry.type()));
        this.check = check;
    }

    /** Parses one {@code --lever} option. */
    public Lever parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw bad(spec, "expected KEY=LOW:HIGH, KEY=LOW:HIGH:STEP or KEY=bool");
        }
        String key = spec.substring(0, eq).strip();
        String values = spec.substring(eq + 1).strip();
        if (key.equals(Lever.REFORM_YEAR)) {
            throw bad(spec, "the year a reform starts is searched with --reform-year FROM:TO");
        }
        if (key.startsWith("simulation.")) {
            throw bad(spec, "the run's length, warm-up and seed are the same for every candidate; set them with --years or --set");
        }
        String type = types.get(schemaPath(key));
        if (values.equalsIgnoreCase("bool")) {
            return onOff(spec, key, type);
        }
        String[] parts = values.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw bad(spec, "expected LOW:HIGH, LOW:HIGH:STEP or bool after '='");
        }
        if (type == null) {
            accept(spec, key + "=" + parts[0].strip(), "");
            throw bad(spec, key + " does not take a single value");
        }
        if (type.equals(SWITCH)) {
            throw bad(spec, key + " is an on/off key; write " + key + "=bool");
        }
        if (!type.equals(NUMBER) && !type.equals(WHOLE)) {
            throw bad(spec, key + " takes " + (type.equals("list") ? "a list" : type) + "; a lever must be a number or an on/off key");
        }
        return range(spec, key, parts, type.equals(WHOLE) ? Lever.Kind.WHOLE : Lever.Kind.NUMBER);
    }

    /**
     * Parses {@code --reform-year FROM:TO} into a lever over output years; {@code years} is the
     * length of the run, which a reform must start within.
     */
    public static Lever reformYear(String spec, int years) {
        String option = "--reform-year " + spec;
        String[] parts = spec.strip().split(":", -1);
        if (parts.length != 2) {
            throw new ExperimentException(option + ": expected a year Y or a range FROM:TO of output years");
        }
        int from = year(option, parts[0], years);
        int to = year(option, parts[1], years);
        if (from >= to) {
            throw new ExperimentException(option + ": FROM must be before TO");
        }
        return new Lever(Lever.REFORM_YEAR, Lever.Kind.REFORM_YEAR, BigDecimal.valueOf(from), BigDecimal.ONE,
                to - from + 1, spec);
    }

    /** Parses a fixed {@code --reform-year Y}; {@code years} is the length of the run. */
    public static int fixedReformYear(String spec, int years) {
        return year("--reform-year " + spec, spec, years);
    }

    private static int year(String option, String text, int years) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1 && year <= years) {
                return year;
            }
        } catch (NumberFormatException e) {
            throw new ExperimentException(option + ": '" + text.strip() + "' is not a whole number of years");
        }
        throw new ExperimentException(option + ": a reform must start in an output year, 1 to " + years);
    }

    private Lever onOff(String spec, String key, String type) {
        if (type == null) {
            accept(spec, key + "=true", "");
            throw bad(spec, key + " does not take a single value");
        }
        if (!type.equals(SWITCH)) {
            throw bad(spec, key + " takes a " + type + ", not on/off; give a range LOW:HIGH");
        }
        accept(spec, key + "=true", "");
        accept(spec, key + "=false", "");
        return Lever.onOff(key, spec);
    }

    private Lever range(String spec, String key, String[] parts, Lever.Kind kind) {
        BigDecimal low = OptionNumbers.decimal("--lever " + spec, parts[0]);
        BigDecimal high = OptionNumbers.decimal("--lever " + spec, parts[1]);
        if (low.compareTo(high) >= 0) {
            throw bad(spec, "LOW must be below HIGH");
        }
        boolean whole = kind == Lever.Kind.WHOLE;
        if (whole && (!isWhole(low) || !isWhole(high))) {
            throw bad(spec, key + " takes whole numbers; give whole LOW and HIGH");
        }
        BigDecimal step = parts.length == 3 ? OptionNumbers.decimal("--lever " + spec, parts[2])
                : whole ? BigDecimal.ONE : high.subtract(low).divide(BigDecimal.valueOf(Lever.DEFAULT_STEPS), MathContext.DECIMAL64);
        if (step.signum() <= 0 || whole && !isWhole(step)) {
            throw bad(spec, "the step must be " + (whole ? "a positive whole number" : "positive"));
        }
        BigDecimal count = high.subtract(low).divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(2)) < 0 || count.compareTo(BigDecimal.valueOf(Lever.MAX_LEVELS)) > 0) {
            throw bad(spec, "the step must give between 2 and " + Lever.MAX_LEVELS + " levels");
        }
        accept(spec, key + "=" + low.toPlainString(), "LOW: ");
        accept(spec, key + "=" + high.toPlainString(), "HIGH: ");
        return new Lever(key, kind, low, step, count.intValueExact(), spec);
    }

    private void accept(String spec, String override, String which) {
        try {
            check.accept(override);
        } catch (ScenarioException e) {
            throw bad(spec, which + e.getMessage());
        }
    }

    /** The key as the schema lists it: a list entry's number becomes {@code []}. */
    static String schemaPath(String key) {
        StringBuilder path = new StringBuilder();
        for (String segment : key.split("\\.", -1)) {
            if (segment.matches("\\d+")) {
                path.append("[]");
            } else {
                path.append(path.length() == 0 ? "" : ".").append(segment);
            }
        }
        return path.toString();
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static ExperimentException bad(String spec, String why) {
        return new ExperimentException("--lever " + spec + ": " + why);
    }
}
