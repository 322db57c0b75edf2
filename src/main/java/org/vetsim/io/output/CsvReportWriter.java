package org.vetsim.io.output;

import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.ReportListener;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the monthly reports of one run into the CSV files of {@link RunTables} (one row per
 * month in {@code timeseries.csv}, per month and occupation in {@code occupations.csv}, per month
 * and size class in {@code size_classes.csv}) and, when closed, the folder's
 * {@code datapackage.json} describing them.
 */
public final class CsvReportWriter implements ReportListener, AutoCloseable {
    private final Path folder;
    private final String description;
    private final List<OutputStream> streams = new ArrayList<>();
    private final List<CsvWriter> writers = new ArrayList<>();

    /**
     * Starts the files in {@code folder}.
     *
     * @param description what the run is, for the data package
     */
    public CsvReportWriter(Path folder, String description) throws IOException {
        this.folder = folder;
        this.description = description;
        for (RunTables.RunTable file : RunTables.ALL) {
            OutputStream stream = new BufferedOutputStream(Files.newOutputStream(folder.resolve(file.table().file())), 1 << 16);
            streams.add(stream);
            writers.add(new CsvWriter(stream, file.table()));
        }
    }

    /** Column names of {@code timeseries.csv}, in order. */
    public static String timeseriesHeader() {
        return String.join(",", RunTables.TIMESERIES.table().header());
    }

    /** The names of the files written, {@code datapackage.json} included. */
    public static List<String> files() {
        List<String> files = new ArrayList<>(RunTables.tables().stream().map(Table::file).toList());
        files.add(DataPackage.FILE);
        return files;
    }

    @Override
    public void onMonth(MonthReport report) {
        try {
            for (int t = 0; t < writers.size(); t++) {
                for (List<String> row : RunTables.ALL.get(t).rows().apply(report)) {
                    writers.get(t).row(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (int t = 0; t < streams.size(); t++) {
            try (OutputStream stream = streams.get(t)) {
                writers.get(t).flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        new DataPackage("vetsim-run", description).addAll(RunTables.tables()).writeTo(folder);
    }
}
