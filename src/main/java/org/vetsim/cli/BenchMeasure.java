package org.vetsim.cli;

import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs one scenario headless in this virtual machine and measures it ({@link BenchResult}):
 * the time of the months only, the peak heap of the run, and the heap the model holds at its
 * end, as the difference of the heap in use after full collections before the model is built
 * and after its last month, while the model is still reachable.
 */
final class BenchMeasure {
    private BenchMeasure() {
    }

    static BenchResult run(Scenario scenario) {
        long before = usedAfterCollection();
        resetPeaks();
        VetModel model = new VetModel(scenario, scenario.simulation().seed());
        long start = System.nanoTime();
        long personMonths = 0;
        model.start();
        while (!model.isComplete()) {
            personMonths += model.world().people().size();
            model.schedule.step(model);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
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
