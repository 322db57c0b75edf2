package org.vetsim.cli;

import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Runs one scenario headless in this virtual machine and measures it ({@link BenchResult}):
 * the time of the months only, the peak heap of the run (the most heap in use, garbage
 * included, seen at the end of any month: the pools' own peaks are reached at different times
 * and their sum would overstate it), and the heap the model holds at its end, as the difference
 * of the heap in use after full collections before the model is built and after its last month,
 * while the model is still reachable.
 */
final class BenchMeasure {
    private BenchMeasure() {
    }

    static BenchResult run(Scenario scenario) {
        long before = usedAfterCollection();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long peak = memory.getHeapMemoryUsage().getUsed();
        VetModel model = new VetModel(scenario, scenario.simulation().seed());
        long start = System.nanoTime();
        long personMonths = 0;
        model.start();
        while (!model.isComplete()) {
            personMonths += model.world().people().size();
            model.schedule.step(model);
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int people = model.world().people().size();
        long retained = Math.max(0, usedAfterCollection() - before);
        model.finish();
        return new BenchResult(scenario.population().youngPeople(), model.totalMonths(), personMonths, seconds,
                peak, retained, people);
    }

    /** Heap in use after full collections (two, so that finalised objects are gone as well). */
    private static long usedAfterCollection() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
