package org.vetsim.cli;

import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vetsim bench}: throughput of the model at several population sizes, as person-months per
 * second, peak heap and heap per young person, with the machine noted; optionally the ratio to
 * another build's jar measured in the same call and the speed-up of replications on several
 * threads. A measurement to report, never a timed test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure person-months per second, peak heap and heap per person at several youth population sizes.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]",
            description = "Youth population sizes (default: 10000,100000,1000000).")
    List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

    @Option(names = "--years", paramLabel = "N", description = "Simulated output years per size (default: 20).")
    int years = 20;

    @Option(names = "--warmup-years", paramLabel = "N",
            description = "Warm-up years before the output years (default: the baseline's).")
    Integer warmupYears;

    @Option(names = "--json", description = "Print the results as one JSON object (for tracking) instead of tables.")
    boolean json;

    @Option(names = "--compare-jar", paramLabel = "OLD.jar",
            description = "Also run each size with this build and with OLD.jar in child JVMs, alternating, and report "
                    + "the ratio of person-months per second (this build / OLD.jar).")
    Path compareJar;

    @Option(names = "--pairs", paramLabel = "N", description = "Pairs of runs per size for --compare-jar (default: 3).")
    int pairs = 3;

    @Option(names = "--replications", paramLabel = "R",
            description = "Also time R replications per size on one thread and on --threads, and report the speed-up "
                    + "(default: 0, not measured).")
    int replications;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for --replications (default: the number of processors).")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        check();
        Scenario base = ScenarioLoader.loadDefault(warmupOverride()).withYears(years);
        JarComparison comparison = compareJar == null ? null : new JarComparison(compareJar.toAbsolutePath(), childArguments());
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BenchReport report = new BenchReport(spec.commandLine().getOut(), json, BenchMachine.current());
        report.start();
        for (int size : sizes) {
            report.result(BenchMeasure.run(base.withYoungPeople(size)));
        }
        if (comparison != null) {
            for (int size : sizes) {
                List<JarComparison.Pair> measured = new ArrayList<>();
                for (int p = 0; p < pairs; p++) {
                    measured.add(comparison.pair(size));
                }
                report.comparison(compareJar.toString(), size, measured);
            }
        }
        if (replications > 0) {
            for (int size : sizes) {
                report.scaling(ThreadScaling.measure(base.withYoungPeople(size), replications, threadCount));
            }
        }
        report.end();
        return ExitCodes.OK;
    }

    private void check() {
        for (int size : sizes) {
            if (size < 100 || size > 20_000_000) {
                throw new UserException("--sizes must each be between 100 and 20000000 young people, got " + size);
            }
        }
        if (years < 1 || years > 200) {
            throw new UserException("--years must be between 1 and 200, got " + years);
        }
        if (pairs < 1 || pairs > 100) {
            throw new UserException("--pairs must be between 1 and 100, got " + pairs);
        }
        if (replications < 0 || replications > 1000) {
            throw new UserException("--replications must be between 0 and 1000, got " + replications);
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new UserException("--threads must be between 1 and 1024, got " + threads);
        }
    }

    private List<String> warmupOverride() {
        return warmupYears == null ? List.of() : List.of("simulation.warmup_years=" + warmupYears);
    }

    private List<String> childArguments() {
        List<String> arguments = new ArrayList<>(List.of("--years", Integer.toString(years)));
        if (warmupYears != null) {
            arguments.addAll(List.of("--warmup-years", Integer.toString(warmupYears)));
        }
        return arguments;
    }
}
