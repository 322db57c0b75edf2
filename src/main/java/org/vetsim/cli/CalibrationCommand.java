package org.vetsim.cli;

import org.vetsim.calibration.CalibrationReport;
import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.calibration.CalibrationTarget;
import org.vetsim.calibration.CalibrationTargets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vetsim calibration}: per preset, published target, tolerance band and simulated value. */
@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = "Run the country presets and compare each structural target with its simulated value (Markdown table).")
final class CalibrationCommand implements Callable<Integer> {
    @Option(names = "--preset", paramLabel = "NAME", description = "Only this preset (repeatable; default: all).")
    List<String> presets = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per preset (default: 6).")
    int seeds = CalibrationReport.DEFAULT_SEEDS;

    @Option(names = "--years", paramLabel = "N", description = "Output years per run (default: 10).")
    int years = CalibrationReport.DEFAULT_YEARS;

    @Option(names = "--young-people", paramLabel = "N", description = "Youth population per run (default: 20000).")
    int youngPeople = CalibrationReport.DEFAULT_YOUNG_PEOPLE;

    @Option(names = "--threads", paramLabel = "T",
            description = "Seeds of a preset run side by side on T threads (default: the number of processors); the table does not depend on it.")
    Integer threads;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the table to FILE (e.g. docs/calibration-report.md), replaced whole once complete.")
    java.nio.file.Path reportFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (seeds < 1 || years < 1 || youngPeople < 100) {
            throw new UserException("--seeds and --years must be at least 1 and --young-people at least 100");
        }
        List<String> known = CalibrationTargets.all().stream().map(CalibrationTarget::preset).distinct().toList();
        for (String preset : presets) {
            if (!known.contains(preset)) {
                throw new UserException("--preset " + preset + " has no calibration targets; presets with targets: "
                        + String.join(", ", known));
            }
        }
        int usedThreads = ReplicationRunner.checkThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        CalibrationReport report = new CalibrationReport(seeds, years, youngPeople, usedThreads);
        String markdown = report.markdown(report.compute(presets));
        spec.commandLine().getOut().print(markdown);
        if (reportFile != null) {
            writeReport("# Calibration report\n\nWritten by `./vetsim calibration --report " + reportFile
                    + "`. Targets are structural figures from published sources; a miss is listed with its known reason "
                    + "and is never cured by tuning an input to the outcome. A target in its band that has a known reason "
                    + "shows it as a caveat: at the band's edge, in or out by noise, or in band for a reason other than "
                    + "the mechanism it measures.\n\n" + markdown);
        }
        return ExitCodes.OK;
    }

    private void writeReport(String text) {
        try {
            org.vetsim.io.output.AtomicFiles.writeString(reportFile, text);
        } catch (java.io.IOException e) {
            throw new UserException("cannot write the report " + reportFile + ": " + e.getMessage());
        }
    }
}
