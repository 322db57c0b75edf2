package org.vetsim.io.output;

import org.vetsim.metrics.AgeGroup;
import org.vetsim.metrics.GroupMetric;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MetricColumn;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.metrics.SizeClassMetric;
import org.vetsim.metrics.Track;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The CSV files of one run, each as its schema (key columns, then one column per metric of its
 * metric enum) and the rows a month's report gives it. Adding a file here adds it to every run
 * folder, with its header, and to the folder's {@code datapackage.json}.
 */
public final class RunTables {
    /** The employer size classes, in the order of {@link MonthReport#bySizeClass()}. */
    static final List<String> SIZE_CLASSES = List.of("micro", "small", "medium", "large");

    /** {@code timeseries.csv}: one row per output month. */
    public static final RunTable TIMESERIES = new RunTable("timeseries.csv",
            "One row per output month: the economy-wide metrics.",
            List.of(Columns.MONTH, Columns.YEAR, Columns.CALENDAR_MONTH), Metric.values(),
            report -> List.of(row(keys(report), report.values())));

    /** {@code occupations.csv}: one row per output month and occupation. */
    public static final RunTable OCCUPATIONS = new RunTable("occupations.csv",
            "One row per output month and occupation.",
            List.of(Columns.MONTH, Columns.YEAR, Columns.CALENDAR_MONTH, Column.text("occupation",
                    "Occupation name, as in the scenario's occupations[].name.")), OccupationMetric.values(),
            report -> {
                List<List<String>> rows = new ArrayList<>();
                for (int o = 0; o < report.occupations().size(); o++) {
                    rows.add(row(keys(report, report.occupations().get(o)), report.byOccupation()[o]));
                }
                return rows;
            });

    /** {@code size_classes.csv}: one row per output month and employer size class. */
    public static final RunTable SIZE_CLASS_TABLE = new RunTable("size_classes.csv",
            "One row per output month and employer size class.",
            List.of(Columns.MONTH, Columns.YEAR, Columns.CALENDAR_MONTH, Column.oneOf("size_class",
                    "Employer size class: micro 1-9, small 10-49, medium 50-249, large 250+ staff.", SIZE_CLASSES)),
            SizeClassMetric.values(),
            report -> {
                List<List<String>> rows = new ArrayList<>();
                for (int s = 0; s < SIZE_CLASSES.size(); s++) {
                    rows.add(row(keys(report, SIZE_CLASSES.get(s)), report.bySizeClass()[s]));
                }
                return rows;
            });

    /** {@code tracks.csv}: one row per output month and track of origin. */
    public static final RunTable TRACKS = new RunTable("tracks.csv",
            "One row per output month and track of origin: the youth outcomes of those in or from each track.",
            List.of(Columns.MONTH, Columns.YEAR, Columns.CALENDAR_MONTH, Column.oneOf("track", "Track of origin: the track a young person is in or "
                    + "last completed (general, higher, school_vet, apprenticeship), or none after leaving one uncompleted.",
                    Arrays.stream(Track.values()).map(Track::label).toList())), GroupMetric.values(),
            report -> groupRows(report, report.byTrack(), Arrays.stream(Track.values()).map(Track::label).toList()));

    /** {@code age_groups.csv}: one row per output month and age group. */
    public static final RunTable AGE_GROUPS = new RunTable("age_groups.csv",
            "One row per output month and five-year age group: the youth outcomes of each age group.",
            List.of(Columns.MONTH, Columns.YEAR, Columns.CALENDAR_MONTH, Column.oneOf("age_group", "Age group in years (15-19, 20-24, 25-29).",
                    Arrays.stream(AgeGroup.values()).map(AgeGroup::label).toList())), GroupMetric.values(),
            report -> groupRows(report, report.byAgeGroup(), Arrays.stream(AgeGroup.values()).map(AgeGroup::label).toList()));

    /** Every file of a run, in the order they are described. */
    public static final List<RunTable> ALL = List.of(TIMESERIES, OCCUPATIONS, SIZE_CLASS_TABLE, TRACKS, AGE_GROUPS);

    private RunTables() {
    }

    /**
     * One file of a run.
     *
     * @param file the file name
     * @param description what one row is
     * @param keys the columns that say what a row is about (month, year, ...)
     * @param metrics the metrics, one column each after the keys
     * @param rows the rows one month's report adds to it
     */
    public record RunTable(String file, String description, List<Column> keys, MetricColumn[] metrics,
                           Function<MonthReport, List<List<String>>> rows) {
        /** The schema of the file. */
        public Table table() {
            return new Table(file, description, Stream.concat(keys.stream(), Columns.of(metrics).stream()).toList());
        }
    }

    /** The schemas of every file of a run. */
    public static List<Table> tables() {
        return ALL.stream().map(RunTable::table).toList();
    }

    private static List<List<String>> groupRows(MonthReport report, double[][] values, List<String> labels) {
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < labels.size(); g++) {
            rows.add(row(keys(report, labels.get(g)), values[g]));
        }
        return rows;
    }

    private static List<String> keys(MonthReport report, String... more) {
        List<String> keys = new ArrayList<>(List.of(Integer.toString(report.month()), Integer.toString(report.year()),
                Integer.toString(report.calendarMonth())));
        keys.addAll(List.of(more));
        return keys;
    }

    private static List<String> row(List<String> keys, double[] values) {
        List<String> row = new ArrayList<>(keys);
        for (double value : values) {
            row.add(Numbers.csv(value));
        }
        return row;
    }
}
