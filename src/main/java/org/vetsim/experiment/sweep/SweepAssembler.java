package org.vetsim.experiment.sweep;

import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.RunRecords;
import org.vetsim.experiment.RunsCsv;
import org.vetsim.experiment.design.Design;
import org.vetsim.io.output.AtomicFiles;
import org.vetsim.io.output.DataPackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds a sweep's outputs from its plan and run records alone: {@code design.csv},
 * {@code runs.csv}, {@code results.csv}, {@code sensitivity.csv} (sampled designs), the response
 * charts, {@code report.md} and {@code datapackage.json}.
 */
public final class SweepAssembler {
    private SweepAssembler() {
    }

    /** Writes the outputs into the experiment's folder. */
    public static void assemble(ExperimentFolder folder) {
        RunRecords.requireComplete(folder);
        ExperimentPlan plan = folder.plan();
        Design design = SweepExperiment.design(plan.sweep());
        try {
            AtomicFiles.write(folder.file(SweepFiles.DESIGN), out -> SweepFiles.writeDesign(out, design));
            SweepData[] data = new SweepData[1];
            AtomicFiles.write(folder.file(RunsCsv.FILE), runsOut -> AtomicFiles.write(folder.file(SweepFiles.RESULTS), resultsOut -> {
                RunsCsv runs = new RunsCsv(runsOut, plan, "point");
                SweepFiles.Results results = new SweepFiles.Results(resultsOut, plan, design,
                        List.of(org.vetsim.experiment.stats.Window.end(plan.outputMonths()),
                                org.vetsim.experiment.stats.Window.horizon(plan.outputMonths())));
                data[0] = SweepData.load(folder, design, record -> {
                    runs.add(record);
                    results.add(record);
                });
                results.finish();
                runs.finish();
            }));
            DataPackage files = SweepFiles.dataPackage(plan, design)
                    .add(SweepFiles.resultsTable(plan, design)).add(RunsCsv.table("point"));
            List<Sensitivity.Result> sensitivity = List.of();
            if (Sensitivity.applies(design.type())) {
                sensitivity = Sensitivity.compute(data[0], plan.sweep().bootstrap(), plan.sweep().bootstrapSeed());
                List<Sensitivity.Result> computed = sensitivity;
                AtomicFiles.write(folder.file(Sensitivity.FILE), out -> Sensitivity.write(out, plan.metrics(), design, computed));
                files.add(Sensitivity.table(plan.metrics(), design));
            }
            files.writeTo(folder.root());
            List<String> charts = SweepCharts.write(folder.root(), data[0]);
            AtomicFiles.writeString(folder.file("report.md"), SweepReport.write(data[0], sensitivity, charts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs in " + folder.root(), e);
        }
    }
}
