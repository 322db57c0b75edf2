package org.vetsim.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a benchmark ran on, so that its figures can be read honestly: processors, maximum heap,
 * operating system, Java version and virtual machine, garbage collectors, the date and the load
 * average when it started (other work on the machine slows every figure).
 */
record BenchMachine(int cores, long maxHeapMiB, String os, String arch, String javaVersion, String vm,
                    List<String> garbageCollectors, String date, double loadAverage) {

    static BenchMachine current() {
        Runtime runtime = Runtime.getRuntime();
        List<String> collectors = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(gc.getName());
        }
        return new BenchMachine(runtime.availableProcessors(), runtime.maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), List.copyOf(collectors),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One line for the text report. */
    String describe() {
        return String.format("machine: %d cores, max heap %d MiB, %s %s, Java %s (%s), GC %s, %s, load average %.2f",
                cores, maxHeapMiB, os, arch, javaVersion, vm, String.join(" + ", garbageCollectors), date, loadAverage);
    }
}
