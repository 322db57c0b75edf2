package org.vetsim.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.OptionNumbers;
import org.vetsim.io.scenario.ScenarioWriter;
import org.vetsim.scenario.Scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranges of {@code --vary} given relative to the base scenario's own value, {@code key=-20%:+20%}:
 * a continuous range from 20% below to 20% above the value the base (with its {@code --set}
 * overrides) gives the key. A sensitivity study of a preset's assumed inputs then varies each
 * around the preset's value as it stands, without restating the value in the command, so the
 * command stays right when a preset's input is revised. Each is turned into the absolute
 * {@code key=from:to} it stands for (eight significant digits) before the design is built; other
 * specifications pass unchanged.
 */
public final class RelativeRanges {
    private static final MathContext DIGITS = new MathContext(8);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RelativeRanges() {
    }

    /**
     * The {@code --vary} specifications with every relative range resolved against {@code base}.
     *
     * @param specs the specifications as given on the command line
     * @param base the base scenario, overrides applied
     * @param design the design named by {@code --design}: a grid takes no relative range
     * @return the specifications, relative ranges replaced by absolute ones
     * @throws ExperimentException for a relative range that cannot be resolved
     */
    public static List<String> resolve(List<String> specs, Scenario base, String design) {
        List<String> resolved = new ArrayList<>(specs.size());
        for (String spec : specs) {
            if (isRelative(spec) && "grid".equalsIgnoreCase(design)) {
                throw bad(spec, "a relative range is continuous, for --design lhs or sobol; a grid needs levels: "
                        + "key=a,b,c or key=from:to:step");
            }
            resolved.add(isRelative(spec) ? resolve(spec, base) : spec);
        }
        return resolved;
    }

    /** Whether {@code spec} is a relative range: {@code key=A%:B%}. */
    static boolean isRelative(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        String[] ends = spec.substring(eq + 1).split(":", -1);
        return ends.length >= 2 && ends[0].strip().endsWith("%") && ends[1].strip().endsWith("%");
    }

    private static String resolve(String spec, Scenario base) {
        int eq = spec.indexOf('=');
        String key = spec.substring(0, eq).strip();
        String[] ends = spec.substring(eq + 1).split(":", -1);
        if (ends.length != 2) {
            throw bad(spec, "a relative range is -A%:+B% (continuous, for lhs and sobol designs); give levels of a whole-number key as from:to:step");
        }
        BigDecimal from = percent(spec, ends[0]);
        BigDecimal to = percent(spec, ends[1]);
        if (from.compareTo(to) >= 0) {
            throw bad(spec, "the range must go upwards (" + ends[0].strip() + " < " + ends[1].strip() + ")");
        }
        JsonNode value = ScenarioWriter.valueOf(base, key).orElseThrow(() -> bad(spec,
                "'" + key + "' is not a key with one value in the base scenario (see `vetsim params`)"));
        if (!value.isNumber()) {
            throw bad(spec, "'" + key + "' is " + value.asText() + ", not a number: vary it with a list of values");
        }
        if (value.isIntegralNumber()) {
            throw bad(spec, "'" + key + "' is a whole number (" + value.asText() + "): give levels as from:to:step");
        }
        BigDecimal centre = value.decimalValue();
        if (centre.signum() == 0) {
            throw bad(spec, "'" + key + "' is 0 in the base scenario, so a range relative to it is empty: give from:to");
        }
        BigDecimal low = scaled(centre, from);
        BigDecimal high = scaled(centre, to);
        if (low.compareTo(high) > 0) {
            BigDecimal swap = low;
            low = high;
            high = swap;
        }
        return key + "=" + low.toPlainString() + ":" + high.toPlainString();
    }

    private static BigDecimal percent(String spec, String end) {
        String text = end.strip();
        String number = text.substring(0, text.length() - 1).strip();
        if (number.startsWith("+")) {
            number = number.substring(1);
        }
        BigDecimal share = OptionNumbers.decimal("--vary " + spec, number);
        if (share.compareTo(HUNDRED.negate()) < 0) {
            throw bad(spec, text + " would change the sign of the value: a relative range is at least -100%");
        }
        return share;
    }

    private static BigDecimal scaled(BigDecimal centre, BigDecimal percent) {
        BigDecimal factor = BigDecimal.ONE.add(percent.divide(HUNDRED, MathContext.DECIMAL64));
        return centre.multiply(factor).round(DIGITS).stripTrailingZeros();
    }

    private static ExperimentException bad(String spec, String why) {
        return new ExperimentException("--vary " + spec + ": " + why);
    }
}
