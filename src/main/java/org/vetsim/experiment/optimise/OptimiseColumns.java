package org.vetsim.experiment.optimise;

import org.vetsim.io.output.Column;
import org.vetsim.io.scenario.ParameterReference;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns that {@code evaluations.csv} and {@code pareto.csv} share: one per lever, typed
 * and described from the parameter reference (as {@code vetsim params} gives the key), and a
 * metric's mean with its 95% interval, described from the metric's definition.
 */
final class OptimiseColumns {
    private OptimiseColumns() {
    }

    /** One column per lever of {@code space}, in order; {@code note} is added to each description. */
    static List<Column> levers(SearchSpace space, String note) {
        Map<String, ParameterReference.Entry> reference = ParameterReference.entries().stream()
                .collect(Collectors.toMap(ParameterReference.Entry::key, Function.identity(), (a, b) -> a));
        return space.levers().stream().map(lever -> lever(lever, reference.get(LeverParser.schemaPath(lever.key())), note))
                .toList();
    }

    private static Column lever(Lever lever, ParameterReference.Entry entry, String note) {
        String what = " " + (entry == null ? lever.key() + "." : entry.doc());
        return switch (lever.kind()) {
            case SWITCH -> new Column(lever.key(), Column.Type.BOOLEAN, "", "Lever (on/off):" + what + note, null, null,
                    List.of());
            case REFORM_YEAR -> Column.integer(lever.key(), "years",
                    "Lever: the output year from whose first month the other levers take effect as a reform." + note,
                    lever.numeric(0)).within(lever.numeric(0), lever.numeric(lever.levels() - 1));
            case NUMBER, WHOLE -> new Column(lever.key(), lever.kind() == Lever.Kind.WHOLE ? Column.Type.INTEGER
                    : Column.Type.NUMBER, entry == null ? "" : entry.unit(), "Lever:" + what + note,
                    lever.numeric(0), lever.numeric(lever.levels() - 1), List.of());
        };
    }

    /**
     * The mean of {@code metric} over the row's replications and the ends of its 95% t interval;
     * {@code note} is added to each description.
     */
    static List<Column> interval(MetricNames names, String metric, String note) {
        Column schema = names.schema(metric);
        return List.of(
                new Column(metric + "_mean", Column.Type.NUMBER, schema.unit(), "Mean over the row's replications of "
                        + metric + ": " + schema.description() + note, schema.minimum(), schema.maximum(), List.of()),
                Column.number(metric + "_ci_low", schema.unit(), "Lower end of the 95% t confidence interval of "
                        + metric + "_mean." + note),
                Column.number(metric + "_ci_high", schema.unit(), "Upper end of the 95% t confidence interval of "
                        + metric + "_mean." + note));
    }
}
