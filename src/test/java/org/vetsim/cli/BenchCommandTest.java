package org.vetsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vetsim bench}: its JSON for tracking, heap per person, scaling and the comparison with another jar. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void jsonReportsTheMachineThroughputAndHeapPerPerson() throws IOException {
        CliRunner.Result result = CliRunner.run("bench", "--sizes", "400", "--years", "1", "--warmup-years", "1",
                "--json", "--replications", "2", "--threads", "2");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertTrue(root.get("machine").get("cores").asInt() >= 1);
        assertTrue(root.get("machine").get("gc").asText().length() > 0);
        JsonNode row = root.get("results").get(0);
        assertEquals(400, row.get("young_people").asInt());
        assertEquals(24, row.get("months").asInt());
        long personMonths = row.get("person_months").asLong();
        assertTrue(personMonths > 0);
        assertEquals(personMonths, row.get("person_months_per_second").asDouble() * row.get("seconds").asDouble(),
                personMonths * 1e-6);
        assertTrue(row.get("retained_heap_bytes").asLong() > 0);
        assertEquals(row.get("retained_heap_bytes").asDouble() / row.get("people_at_end").asInt(),
                row.get("bytes_per_person").asDouble(), 1e-6);
        JsonNode scaling = root.get("scaling").get(0);
        assertEquals(2, scaling.get("threads").asInt());
        double oneCpu = scaling.get("one_thread_cpu_seconds").asDouble();
        assertTrue(oneCpu >= 0 && scaling.get("threads_cpu_seconds").asDouble() >= 0);
        if (oneCpu > 0) { // the clock of processor time is coarse; a tiny run may read 0
            assertEquals(scaling.get("threads_cpu_seconds").asDouble() / oneCpu, scaling.get("cpu_ratio").asDouble(), 1e-9);
        } else {
            assertTrue(scaling.has("cpu_ratio"));
        }
        assertEquals(scaling.get("one_thread_seconds").asDouble() / scaling.get("threads_seconds").asDouble(),
                scaling.get("speed_up").asDouble(), 1e-9);
    }

    @Test
    void aMissingJarToCompareWithIsRefusedBeforeAnythingRuns() {
        CliRunner.Result result = CliRunner.run("bench", "--sizes", "400", "--compare-jar", tmp.resolve("old.jar").toString());
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.err().contains("--compare-jar") && result.err().contains("old.jar"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void aJarThatCannotRunTheBenchIsReportedWithWhatItPrinted() throws IOException {
        Path notAJar = Files.writeString(tmp.resolve("broken.jar"), "not a jar");
        CliRunner.Result result = CliRunner.run("bench", "--sizes", "300", "--years", "1", "--warmup-years", "1",
                "--compare-jar", notAJar.toString(), "--pairs", "1");
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.err().contains("--compare-jar") && result.err().contains("broken.jar"), result.err());
    }
}
