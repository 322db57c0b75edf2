package org.vetsim.io.output;

import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MetricColumn;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.metrics.ReportListener;
import org.vetsim.metrics.SizeClassMetric;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the monthly reports of one run as three tidy CSV files: {@code timeseries.csv} (one row
 * per month), {@code occupations.csv} (per month and occupation) and {@code size_classes.csv}
 * (per month and employer size class).
 */
public final class CsvReportWriter implements ReportListener, AutoCloseable {
    static final String[] SIZE_CLASSES = {"micro", "small", "medium", "large"};

    private final BufferedWriter timeseries;
    private final BufferedWriter occupations;
    private final BufferedWriter sizeClasses;

    public CsvReportWriter(Path folder) throws IOException {
        timeseries = Files.newBufferedWriter(folder.resolve("timeseries.csv"), StandardCharsets.UTF_8);
        occupations = Files.newBufferedWriter(folder.resolve("occupations.csv"), StandardCharsets.UTF_8);
        sizeClasses = Files.newBufferedWriter(folder.resolve("size_classes.csv"), StandardCharsets.UTF_8);
        timeseries.write(header("month,year", Metric.values()));
        occupations.write(header("month,year,occupation", OccupationMetric.values()));
        sizeClasses.write(header("month,year,size_class", SizeClassMetric.values()));
    }

    /** Column names of {@code timeseries.csv}, in order. */
    public static String timeseriesHeader() {
        return header("month,year", Metric.values()).strip();
    }

    private static String header(String keys, MetricColumn[] metrics) {
        StringBuilder line = new StringBuilder(keys);
        for (MetricColumn metric : metrics) {
            line.append(',').append(metric.column());
        }
        return line.append('\n').toString();
    }

    @Override
    public void onMonth(MonthReport report) {
        try {
            String keys = report.month() + "," + report.year();
            timeseries.write(row(keys, report.values()));
            for (int o = 0; o < report.occupations().size(); o++) {
                occupations.write(row(keys + "," + report.occupations().get(o), report.byOccupation()[o]));
            }
            for (int s = 0; s < SIZE_CLASSES.length; s++) {
                sizeClasses.write(row(keys + "," + SIZE_CLASSES[s], report.bySizeClass()[s]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(String keys, double[] values) {
        StringBuilder line = new StringBuilder(keys);
        for (double value : values) {
            line.append(',').append(NumberFormat.format(value));
        }
        return line.append('\n').toString();
    }

    @Override
    public void close() throws IOException {
        try (timeseries; occupations; sizeClasses) {
            timeseries.flush();
        }
    }
}
