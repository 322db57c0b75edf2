package org.vetsim.io.output;

import org.vetsim.metrics.Bounds;
import org.vetsim.metrics.MetricColumn;

import java.util.stream.Collectors;

/**
 * The definition of every output column, generated from the metric enums and the run's
 * {@link RunTables}: the text of {@code docs/metrics.md} and of {@code vetsim metrics}.
 */
public final class MetricReference {
    private static final String FORMAT = """
            ## How the files are written

            - **CSV**: UTF-8, comma separated, one header row; a cell holding a comma, a double quote or a line \
            break is quoted as RFC 4180 says (an occupation named `a,b"c` stays in its cell); lines end in `\\n`.
            - **Numbers**: one format in every file: whole numbers without a decimal point, others with at most \
            ten significant digits, `.` as decimal point, scientific notation (`1.2E-7`) below 0.0001; an empty \
            cell is an undefined value, `Inf` an infinite one.
            - **Undefined values**: a rate, share or mean over events or people that did not occur (a pass rate \
            in a year nobody sat the exam, a training cost where nobody trains) is undefined, never 0: its cell \
            is empty, and every average over months, windows or runs (`compare`, `sweep`, `warmup`, \
            `calibration`) leaves it out, so `compare` reports for each arm in how many runs (`n`) a metric was \
            defined. A statistic of too few runs (an interval from one run) is undefined too. The definitions \
            below say when each column may be undefined.
            - **Wide and long**: `timeseries.csv` is always one run, one row per month and one column per metric. \
            Many runs together (`run --replications`, `compare`) are written long, as `timeseries_long.csv`: one \
            row per run, month and metric, with the columns `scenario`, `replication`, `seed`, `month`, `metric` \
            and `value`; each replication of `run --replications` also has its wide files in its `rep-NNNN` folder.
            - **datapackage.json**: every output folder holding CSV files (each `rep-NNNN` folder too) describes \
            them in a [Frictionless Data](https://specs.frictionlessdata.io/) tabular data package: every column \
            with its type, unit, range (or allowed values) and definition, as below. R users read a folder with \
            `frictionless::read_package("datapackage.json")`, Python users with `frictionless` or \
            `pandas.read_csv` and the types listed there.

            """;

    private MetricReference() {
    }

    /** Markdown tables of all three output files. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Output columns\n\n")
                .append("Generated from the code by `./vetsim metrics`; a test keeps this file current.\n")
                .append("Money is in skilled-wage months (one month's wage of a fully skilled worker). ")
                .append("Rates follow the ILO definitions: apprentices count as employed; NEET = unemployed + inactive.\n\n")
                .append(FORMAT);
        for (RunTables.RunTable file : RunTables.ALL) {
            md.append("## ").append(file.file()).append("\n\n").append(file.description()).append(" Keys: ")
                    .append(file.keys().stream().map(key -> "`" + key.name() + "` (" + lowerFirst(key.description()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append(".\n\n");
            table(md, file.metrics());
            md.append('\n');
        }
        return md.toString();
    }

    private static void table(StringBuilder md, MetricColumn[] metrics) {
        md.append("| column | unit | range | definition |\n|---|---|---|---|\n");
        for (MetricColumn metric : metrics) {
            md.append("| `").append(metric.column()).append("` | ").append(MetricUnits.of(metric)).append(" | ")
                    .append(range(metric.bounds())).append(" | ").append(metric.description()).append(" |\n");
        }
    }

    private static String lowerFirst(String text) {
        String trimmed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    private static String range(Bounds bounds) {
        return switch (bounds) {
            case UNIT -> "0 to 1";
            case NON_NEGATIVE -> "0 or more";
            case ANY -> "any";
        };
    }
}
