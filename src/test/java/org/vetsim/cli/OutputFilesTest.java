package org.vetsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.io.output.CsvReader;
import org.vetsim.io.output.DataPackageAssert;
import org.vetsim.metrics.Metric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files every command writes read without surprises in data tools: RFC 4180 CSV whatever
 * the names, a datapackage.json in every folder describing every column of every file, one
 * number format, and distinct names for wide and long time series.
 */
class OutputFilesTest {
    private static final List<String> SMALL = List.of("--set", "population.young_people=500",
            "--set", "simulation.warmup_years=1", "--years", "1", "--quiet", "--threads", "2");

    @TempDir
    Path tmp;

    private static void ok(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(SMALL);
        CliRunner.Result result = CliRunner.run(all.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void occupationNamesWithCommasQuotesAndLineBreaksStayInTheirCell() throws IOException {
        Path out = tmp.resolve("run");
        ok("run", "--set", "occupations.0.name=a,b\"c", "--set", "occupations.1.name=two\nlines", "--out", out.toString());
        List<List<String>> records = CsvReader.read(out.resolve("occupations.csv"));
        int width = records.get(0).size();
        assertEquals(4 + org.vetsim.metrics.OccupationMetric.values().length, width, "month, year, calendar month, occupation and the metrics");
        for (List<String> record : records) {
            assertEquals(width, record.size(), record.toString());
        }
        List<String> names = records.stream().skip(1).map(r -> r.get(3)).distinct().toList();
        assertTrue(names.contains("a,b\"c") && names.contains("two\nlines"), names.toString());
    }

    @Test
    void everyOutputFolderDescribesEveryColumnOfEveryFile() throws IOException {
        ok("run", "--out", tmp.resolve("run").toString());
        ok("run", "--replications", "2", "--out", tmp.resolve("reps").toString());
        ok("compare", "baseline", "germany-dual", "--replications", "2", "--gzip", "--out", tmp.resolve("compare").toString());
        ok("sweep", "baseline", "--vary", "labour_market.quit_rate=0.01:0.03", "--vary",
                "engagement.mentoring.enabled=true,false", "--design", "lhs", "--samples", "4", "--bootstrap", "10",
                "--out", tmp.resolve("sweep").toString());
        ok("sweep", "baseline", "--vary", "labour_market.quit_rate=0.01,0.03", "--shard", "1/2",
                "--out", tmp.resolve("shard").toString());
        int runFiles = org.vetsim.io.output.RunTables.ALL.size();
        assertEquals(5, runFiles, "timeseries, occupations, size classes, tracks, age groups");
        assertEquals(runFiles, DataPackageAssert.assertDescribesEveryFile(tmp.resolve("run")));
        assertEquals(1, DataPackageAssert.assertDescribesEveryFile(tmp.resolve("shard")), "a shard's design.csv");
        assertEquals(2 + 2 * runFiles, DataPackageAssert.assertDescribesEveryFile(tmp.resolve("reps")));
        assertEquals(3, DataPackageAssert.assertDescribesEveryFile(tmp.resolve("compare")));
        assertEquals(4, DataPackageAssert.assertDescribesEveryFile(tmp.resolve("sweep")));
    }

    @Test
    void metricColumnsCarryTheirDefinitionUnitAndRange() throws IOException {
        Path out = tmp.resolve("run");
        ok("run", "--out", out.toString());
        JsonNode fields = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile())
                .get("resources").get(0).get("schema").get("fields");
        for (Metric metric : Metric.values()) {
            JsonNode field = fields.get(metric.ordinal() + 3);
            assertEquals(metric.column(), field.get("name").asText());
            assertEquals(metric.description(), field.get("description").asText());
            assertTrue(field.has("unit"), metric.column());
        }
        assertEquals("share", fields.get(Metric.NEET_RATE.ordinal() + 3).get("unit").asText());
        assertEquals(1.0, fields.get(Metric.NEET_RATE.ordinal() + 3).get("constraints").get("maximum").asDouble());
        assertEquals("months", fields.get(Metric.VET_GRADUATE_MONTHS_TO_FIRST_JOB.ordinal() + 3).get("unit").asText());
        assertEquals("years", fields.get(Metric.APPRENTICE_START_MEAN_AGE.ordinal() + 3).get("unit").asText());
    }

    @Test
    void theLongTimeSeriesOfReplicationsHasItsOwnName() throws IOException {
        Path out = tmp.resolve("reps");
        ok("run", "--replications", "2", "--out", out.toString());
        assertEquals(List.of("scenario", "replication", "seed", "month", "metric", "value"),
                CsvReader.read(out.resolve("timeseries_long.csv")).get(0));
        assertTrue(Files.notExists(out.resolve("timeseries.csv")), "timeseries.csv is the wide file of one run");
        assertEquals("month", CsvReader.read(out.resolve("rep-0000/timeseries.csv")).get(0).get(0));
    }
}
