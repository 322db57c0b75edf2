package org.vetsim.experiment.compare;

import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.RunRecords;
import org.vetsim.experiment.RunsCsv;
import org.vetsim.experiment.TimeseriesCsv;
import org.vetsim.io.output.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds a comparison's outputs from its plan and run records alone: {@code runs.csv},
 * {@code timeseries.csv} (or {@code .csv.gz}), {@code comparison.csv}, the charts and
 * {@code report.md}. Whole runs, resumed runs and merged shards therefore give the same files.
 */
public final class CompareAssembler {
    private CompareAssembler() {
    }

    /** Writes the outputs into the experiment's folder; returns the statistics. */
    public static List<ComparisonRow> assemble(ExperimentFolder folder) {
        RunRecords.requireComplete(folder);
        ExperimentPlan plan = folder.plan();
        String series = plan.gzip() ? "timeseries.csv.gz" : "timeseries.csv";
        try {
            ComparisonData[] data = new ComparisonData[1];
            AtomicFiles.write(folder.file("runs.csv"), runsOut -> AtomicFiles.write(folder.file(series), seriesOut -> {
                RunsCsv runs = new RunsCsv(runsOut, plan, "scenario");
                TimeseriesCsv timeseries = new TimeseriesCsv(seriesOut, plan, "scenario", plan.gzip());
                data[0] = ComparisonData.load(folder, record -> {
                    runs.add(record);
                    timeseries.add(record);
                });
                timeseries.finish();
                runs.finish();
            }));
            List<ComparisonRow> rows = ComparisonTable.compute(data[0]);
            AtomicFiles.write(folder.file("comparison.csv"), out -> ComparisonCsv.write(out, rows));
            List<String> charts = CompareCharts.write(folder.root(), data[0]);
            AtomicFiles.writeString(folder.file("report.md"), CompareReport.write(data[0], rows, charts));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs in " + folder.root(), e);
        }
    }
}
