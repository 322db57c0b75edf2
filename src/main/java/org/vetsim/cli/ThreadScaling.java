package org.vetsim.cli;

import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.experiment.RunProgress;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * How replications scale with threads: the same replications (seeds 1..R after the scenario's)
 * run headless one after another and then on {@code threads} threads at once, as
 * {@code run --replications} and the experiments run them; the speed-up is the ratio of the two
 * wall times. The processor time of the whole virtual machine (collection and compilation
 * included) is taken over each half too: if the replications on several threads cost about the
 * same processor time as on one, they share nothing that slows them, and a speed-up short of the
 * number of threads only says that the processors were not free.
 */
final class ThreadScaling {
    private ThreadScaling() {
    }

    /** The wall seconds of the replications on one thread and on {@code threads}, and their ratio. */
    record Result(int youngPeople, int replications, int threads, double oneThreadSeconds, double threadsSeconds,
                  double oneThreadCpuSeconds, double threadsCpuSeconds) {
        double speedUp() {
            return oneThreadSeconds / threadsSeconds;
        }

        /** Processor time on several threads over that on one (1: no overhead from running at once). */
        double cpuRatio() {
            return threadsCpuSeconds / oneThreadCpuSeconds;
        }
    }

    static Result measure(Scenario scenario, int replications, int threads) {
        double[] one = time(scenario, replications, 1);
        double[] many = time(scenario, replications, threads);
        return new Result(scenario.population().youngPeople(), replications, threads, one[0], many[0], one[1], many[1]);
    }

    /** Wall and processor seconds of the replications on {@code threads} threads. */
    private static double[] time(Scenario scenario, int replications, int threads) {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            long seed = scenario.simulation().seed() + r + 1;
            tasks.add(() -> {
                VetModel model = new VetModel(scenario, seed);
                model.runToEnd();
                return model.world().people().size();
            });
        }
        System.gc();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        new ReplicationRunner(threads, RunProgress.NONE).run(tasks);
        return new double[] {(System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9};
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
