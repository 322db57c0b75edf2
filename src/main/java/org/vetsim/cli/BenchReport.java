package org.vetsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints what {@code bench} measures: as tables, a row as soon as it is measured, or, with
 * {@code --json}, one JSON object at the end (machine, results, comparisons, scaling).
 */
final class BenchReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final boolean json;
    private final BenchMachine machine;
    private final ObjectNode root = MAPPER.createObjectNode();
    private boolean comparisonHeader;
    private boolean scalingHeader;

    BenchReport(PrintWriter out, boolean json, BenchMachine machine) {
        this.out = out;
        this.json = json;
        this.machine = machine;
    }

    void start() {
        if (json) {
            ObjectNode m = root.putObject("machine");
            m.put("cores", machine.cores());
            m.put("max_heap_mib", machine.maxHeapMiB());
            m.put("os", machine.os() + " " + machine.arch());
            m.put("java", machine.javaVersion());
            m.put("vm", machine.vm());
            m.put("gc", String.join(" + ", machine.garbageCollectors()));
            m.put("date", machine.date());
            m.put("load_average", machine.loadAverage());
            root.putArray("results");
            return;
        }
        out.println(machine.describe());
        out.printf("%12s %8s %14s %10s %16s %14s %14s %12s%n", "young_people", "months", "person_months", "seconds",
                "person_months/s", "peak_heap_MiB", "retained_MiB", "bytes/person");
        out.flush();
    }

    void result(BenchResult result) {
        if (json) {
            ObjectNode node = ((ArrayNode) root.get("results")).addObject();
            node.put("young_people", result.youngPeople());
            node.put("people_at_end", result.peopleAtEnd());
            node.put("months", result.months());
            node.put("person_months", result.personMonths());
            node.put("seconds", result.seconds());
            node.put("person_months_per_second", result.personMonthsPerSecond());
            node.put("nanoseconds_per_person_month", result.nanosPerPersonMonth());
            node.put("peak_heap_bytes", result.peakHeapBytes());
            node.put("retained_heap_bytes", result.retainedHeapBytes());
            putFinite(node, "bytes_per_person", result.bytesPerPerson());
            putFinite(node, "peak_bytes_per_person", result.peakBytesPerPerson());
            return;
        }
        row(out, result);
    }

    static void row(PrintWriter out, BenchResult result) {
        out.printf("%12d %8d %14d %10.2f %16.0f %14d %14d %12.0f%n", result.youngPeople(), result.months(),
                result.personMonths(), result.seconds(), result.personMonthsPerSecond(), result.peakHeapBytes() >> 20,
                result.retainedHeapBytes() >> 20, result.bytesPerPerson());
        out.flush();
    }

    void comparison(String otherJar, int size, List<JarComparison.Pair> pairs) {
        double median = JarComparison.medianRatio(pairs);
        if (json) {
            ArrayNode comparisons = root.has("comparisons") ? (ArrayNode) root.get("comparisons") : root.putArray("comparisons");
            ObjectNode node = comparisons.addObject();
            node.put("other_jar", otherJar);
            node.put("young_people", size);
            node.put("median_ratio", median);
            ArrayNode list = node.putArray("pairs");
            for (JarComparison.Pair pair : pairs) {
                ObjectNode p = list.addObject();
                p.put("this_person_months_per_second", pair.thisBuild());
                p.put("other_person_months_per_second", pair.otherBuild());
                p.put("ratio", pair.ratio());
            }
            return;
        }
        if (!comparisonHeader) {
            out.printf("%nthis build against %s (child JVMs, alternating; ratio = this / other person-months per second)%n",
                    otherJar);
            out.printf("%12s %6s %16s %16s %8s%n", "young_people", "pair", "this_pm/s", "other_pm/s", "ratio");
            comparisonHeader = true;
        }
        for (int p = 0; p < pairs.size(); p++) {
            JarComparison.Pair pair = pairs.get(p);
            out.printf("%12d %6d %16.0f %16.0f %8.3f%n", size, p + 1, pair.thisBuild(), pair.otherBuild(), pair.ratio());
        }
        out.printf("%12d %6s %16s %16s %8.3f%n", size, "median", "", "", median);
        out.flush();
    }

    void scaling(ThreadScaling.Result result) {
        if (json) {
            ArrayNode list = root.has("scaling") ? (ArrayNode) root.get("scaling") : root.putArray("scaling");
            ObjectNode node = list.addObject();
            node.put("young_people", result.youngPeople());
            node.put("replications", result.replications());
            node.put("threads", result.threads());
            node.put("one_thread_seconds", result.oneThreadSeconds());
            node.put("threads_seconds", result.threadsSeconds());
            putFinite(node, "speed_up", result.speedUp());
            node.put("one_thread_cpu_seconds", result.oneThreadCpuSeconds());
            node.put("threads_cpu_seconds", result.threadsCpuSeconds());
            putFinite(node, "cpu_ratio", result.cpuRatio());
            return;
        }
        if (!scalingHeader) {
            out.printf("%nreplications on one thread and on several (speed-up = one-thread wall time / several-thread wall"
                    + " time; cpu_ratio = processor time on several threads / on one)%n");
            out.printf("%12s %12s %8s %12s %12s %9s %10s%n", "young_people", "replications", "threads", "1_thread_s",
                    "threads_s", "speed_up", "cpu_ratio");
            scalingHeader = true;
        }
        out.printf("%12d %12d %8d %12.2f %12.2f %9.2f %10.2f%n", result.youngPeople(), result.replications(),
                result.threads(), result.oneThreadSeconds(), result.threadsSeconds(), result.speedUp(), result.cpuRatio());
        out.flush();
    }

    void end() {
        if (json) {
            try {
                out.println(MAPPER.writeValueAsString(root));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.flush();
        }
    }

    private static void putFinite(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
