package org.vetsim.cli;

/**
 * The throughput and memory of one benchmark run at one population size: months simulated
 * (warm-up included), person-months (young people alive, summed over the months), wall seconds
 * of the simulation (start-up excluded), the peak heap during the run and the heap the model
 * holds at its end, measured after a full collection, per young person alive then (employers,
 * colleges and the model's other state included).
 */
record BenchResult(int youngPeople, int months, long personMonths, double seconds, long peakHeapBytes,
                   long retainedHeapBytes, int peopleAtEnd) {

    double personMonthsPerSecond() {
        return personMonths / seconds;
    }

    /** Nanoseconds of simulation per person-month. */
    double nanosPerPersonMonth() {
        return seconds * 1e9 / personMonths;
    }

    /** Retained heap per young person alive at the end, or NaN if none. */
    double bytesPerPerson() {
        return peopleAtEnd > 0 ? (double) retainedHeapBytes / peopleAtEnd : Double.NaN;
    }

    /** Peak heap per young person alive at the end, or NaN if none. */
    double peakBytesPerPerson() {
        return peopleAtEnd > 0 ? (double) peakHeapBytes / peopleAtEnd : Double.NaN;
    }
}
