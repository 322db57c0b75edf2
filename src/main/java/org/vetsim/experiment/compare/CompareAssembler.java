package org.vetsim.experiment.compare;

import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.RunRecords;
import org.vetsim.experiment.RunsCsv;
import org.vetsim.experiment.TimeseriesCsv;
import org.vetsim.io.output.AtomicFiles;
import org.vetsim.io.output.DataPackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds a comparison's outputs from its plan and run records alone: {@code runs.csv},
 * {@code timeseries_long.csv} (or {@code .csv.gz}), {@code comparison.csv}, the charts,
 * {@code report.md} and {@code datapackage.json}. Whole runs, resumed runs and merged shards
 * therefore give the same files.
 */
public final class CompareAssembler {
    private CompareAssembler() {
    }

    /** Writes the outputs into the experiment's folder; returns the statistics. */
    public static List<ComparisonRow> assemble(ExperimentFolder folder) {
        RunRecords.requireComplete(folder);
        ExperimentPlan plan = folder.plan();
        try {
            ComparisonData[] data = new ComparisonData[1];
            AtomicFiles.write(folder.file(RunsCsv.FILE), runsOut -> AtomicFiles.write(folder.file(TimeseriesCsv.file(plan)), seriesOut -> {
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
            AtomicFiles.write(folder.file(ComparisonCsv.FILE), out -> ComparisonCsv.write(out, plan, rows));
            List<String> charts = CompareCharts.write(folder.root(), data[0]);
            AtomicFiles.writeString(folder.file("report.md"), CompareReport.write(data[0], rows, charts));
            new DataPackage("vetsim-compare", "A comparison of " + plan.arms().size() + " scenarios over "
                    + plan.replications() + " replications with common random numbers (vetsim compare).")
                    .add(ComparisonCsv.table(plan)).add(RunsCsv.table("scenario")).add(TimeseriesCsv.table(plan, "scenario"))
                    .writeTo(folder.root());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs in " + folder.root(), e);
        }
    }
}
