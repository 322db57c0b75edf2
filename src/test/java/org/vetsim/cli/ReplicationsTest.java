package org.vetsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run --replications R --threads T}: one folder per replication, same bytes whatever T. */
class ReplicationsTest {

    private static CliRunner.Result run(Path out, int threads) {
        return CliRunner.run("run", "--replications", "3", "--threads", Integer.toString(threads), "--years", "2",
                "--seed", "77", "--set", "population.young_people=1000", "--out", out.toString(), "--quiet");
    }

    @Test
    void parallelReplicationsEqualSequentialOnesByteForByte(@TempDir Path tmp) throws IOException {
        assertEquals(0, run(tmp.resolve("one"), 1).exitCode());
        assertEquals(0, run(tmp.resolve("three"), 3).exitCode());
        for (String file : List.of("timeseries_long.csv", "datapackage.json", "rep-0000/timeseries.csv", "rep-0002/occupations.csv", "rep-0001/datapackage.json", "scenario.yaml")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(file)),
                    Files.readAllBytes(tmp.resolve("three").resolve(file)), file);
        }
        var manifest = new ObjectMapper().readTree(tmp.resolve("one/manifest.json").toFile());
        assertEquals(3, manifest.get("replications").asInt());
        assertEquals(3, manifest.get("replicationSeeds").size());
        assertNotEquals(Files.readString(tmp.resolve("one/rep-0000/timeseries.csv")),
                Files.readString(tmp.resolve("one/rep-0001/timeseries.csv")), "replications differ");
    }

    @Test
    void experimentErrorsExitWithTwo(@TempDir Path tmp) {
        CliRunner.Result result = CliRunner.run("compare", "scenarios/baseline.yaml", "--replications", "0",
                "--out", tmp.resolve("c").toString(), "--quiet");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("vetsim: error: ") || result.err().contains("Usage"), result.err());
    }
}
