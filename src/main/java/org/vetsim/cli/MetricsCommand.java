package org.vetsim.cli;

import org.vetsim.io.output.MetricReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code vetsim metrics}: prints the definition of every output column. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Print the definition of every column of timeseries.csv, occupations.csv, size_classes.csv, tracks.csv and age_groups.csv (Markdown).")
final class MetricsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(MetricReference.markdown());
        return ExitCodes.OK;
    }
}
