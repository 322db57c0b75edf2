package org.vetsim.cli;

import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vetsim bench}: throughput of the model at several population sizes, as person-months per
 * second and peak heap, with the machine noted. A measurement to report, never a timed test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure person-months per second and peak heap at several youth population sizes.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]",
            description = "Youth population sizes (default: 10000,100000,1000000).")
    List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

    @Option(names = "--years", paramLabel = "N", description = "Simulated output years per size (default: 20).")
    int years = 20;

    @Option(names = "--warmup-years", paramLabel = "N",
            description = "Warm-up years before the output years (default: the baseline's).")
    Integer warmupYears;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (int size : sizes) {
            if (size < 100 || size > 20_000_000) {
                throw new UserException("--sizes must each be between 100 and 20000000 young people, got " + size);
            }
        }
        if (years < 1 || years > 200) {
            throw new UserException("--years must be between 1 and 200, got " + years);
        }
        List<String> overrides = warmupYears == null ? List.of() : List.of("simulation.warmup_years=" + warmupYears);
        Scenario base = ScenarioLoader.loadDefault(overrides).withYears(years);
        PrintWriter out = spec.commandLine().getOut();
        Runtime runtime = Runtime.getRuntime();
        out.printf("machine: %d cores, max heap %d MiB, %s %s, Java %s%n", runtime.availableProcessors(),
                runtime.maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        out.printf("%12s %8s %14s %10s %16s %14s%n", "young_people", "months", "person_months", "seconds",
                "person_months/s", "peak_heap_MiB");
        for (int size : sizes) {
            measure(base.withYoungPeople(size), out);
        }
        return ExitCodes.OK;
    }

    private static void measure(Scenario scenario, PrintWriter out) {
        System.gc();
        resetPeaks();
        VetModel model = new VetModel(scenario, scenario.simulation().seed());
        long start = System.nanoTime();
        long personMonths = 0;
        model.start();
        while (!model.isComplete()) {
            personMonths += model.world().people().size();
            model.schedule.step(model);
        }
        model.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%12d %8d %14d %10.2f %16.0f %14d%n", scenario.population().youngPeople(), model.totalMonths(),
                personMonths, seconds, personMonths / seconds, peakHeap() >> 20);
        out.flush();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
