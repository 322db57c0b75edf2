package org.vetsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.io.output.CsvReportWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vetsim run} writes a complete, reproducible run folder. */
class RunCommandTest {
    private static final String[] SMALL = {"--set", "population.young_people=1500", "--set", "simulation.warmup_years=15", "--quiet"};

    private static CliRunner.Result run(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--years", "3", "--seed", "42", "--out", out.toString()));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void writesEveryFileWithTheDocumentedColumns(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("run");
        CliRunner.Result result = run(out);
        assertEquals(0, result.exitCode(), result.err());
        for (String file : List.of("timeseries.csv", "occupations.csv", "size_classes.csv", "scenario.yaml", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(CsvReportWriter.timeseriesHeader(), lines.get(0));
        assertEquals(1 + 36, lines.size(), "one row per month");
        for (String column : List.of("month", "year", "students_enrolled", "graduates", "dropouts", "exam_pass_rate",
                "youth_employment_rate", "youth_unemployment_rate", "neet_rate", "vacancies", "vacancy_fill_rate",
                "mean_months_to_first_job", "skill_supply_ratio", "skill_mismatch", "curriculum_alignment",
                "training_quality_index", "mean_wage")) {
            assertTrue(List.of(lines.get(0).split(",")).contains(column), column);
        }
        assertTrue(Files.readAllLines(out.resolve("occupations.csv")).get(0)
                .startsWith("month,year,calendar_month,occupation,demand,vacancies,unfilled_vacancies,qualified_supply,mean_skill_gap"));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(42, manifest.get("seed").asLong());
        assertEquals(64, manifest.get("scenarioSha256").asText().length());
        assertFalse(Files.exists(tmp.resolve(".run.partial")), "no staging folder left behind");
    }

    @Test
    void sameScenarioAndSeedGiveIdenticalBytes(@TempDir Path tmp) throws IOException {
        assertEquals(0, run(tmp.resolve("a")).exitCode());
        assertEquals(0, run(tmp.resolve("b")).exitCode());
        for (String file : List.of("timeseries.csv", "occupations.csv", "size_classes.csv", "scenario.yaml")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void anotherSeedGivesAnotherRun(@TempDir Path tmp) throws IOException {
        assertEquals(0, run(tmp.resolve("a")).exitCode());
        CliRunner.Result other = CliRunner.run("run", "--years", "3", "--seed", "43", "--out", tmp.resolve("b").toString(),
                SMALL[0], SMALL[1], SMALL[2], SMALL[3], SMALL[4]);
        assertEquals(0, other.exitCode());
        assertFalse(Files.readString(tmp.resolve("a/timeseries.csv")).equals(Files.readString(tmp.resolve("b/timeseries.csv"))));
    }

    @Test
    void theWrittenScenarioReproducesTheRun(@TempDir Path tmp) throws IOException {
        assertEquals(0, run(tmp.resolve("a")).exitCode());
        CliRunner.Result again = CliRunner.run("run", tmp.resolve("a/scenario.yaml").toString(), "--seed", "42",
                "--out", tmp.resolve("b").toString(), "--quiet");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(Files.readString(tmp.resolve("a/timeseries.csv")), Files.readString(tmp.resolve("b/timeseries.csv")));
    }

    @Test
    void warnsWhenTheWarmupIsShorterThanTheModelNeeds(@TempDir Path tmp) {
        CliRunner.Result shortWarmup = run(tmp.resolve("short"));
        assertEquals(0, shortWarmup.exitCode(), shortWarmup.err());
        assertTrue(shortWarmup.err().contains("warning: baseline: simulation.warmup_years is 15 but the model needs 30 years"),
                shortWarmup.err());
        CliRunner.Result validated = CliRunner.run("validate", "baseline", "--set", "simulation.warmup_years=3");
        assertEquals(0, validated.exitCode());
        assertTrue(validated.err().contains("simulation.warmup_years is 3 but the model needs 30 years"), validated.err());
        CliRunner.Result enough = CliRunner.run("validate", "baseline", "--set", "population.exit_age=25",
                "--set", "simulation.warmup_years=25");
        assertFalse(enough.err().contains("warmup_years"), "a 10-year window needs 25 years: " + enough.err());
    }

    @Test
    void warnsWhenAnOccupationCannotBeLearnt() {
        CliRunner.Result learnt = CliRunner.run("validate", "germany-dual");
        assertEquals(0, learnt.exitCode(), learnt.err());
        assertFalse(learnt.err().contains("cannot be learnt"), learnt.err());
        CliRunner.Result noSchool = CliRunner.run("validate", "baseline", "--set", "occupations.2.school_based=false");
        assertEquals(0, noSchool.exitCode(), noSchool.err());
        assertTrue(noSchool.err().contains("warning: baseline: occupation ict cannot be learnt in vocational training from "
                + "the start: it is not taught at school (school_based: false) and engagement.work_based_learning.apprenticeships "
                + "is off"), noSchool.err());
        CliRunner.Result withApprenticeships = CliRunner.run("validate", "baseline", "--set", "occupations.2.school_based=false",
                "--set", "engagement.work_based_learning.apprenticeships=true");
        assertEquals(0, withApprenticeships.exitCode(), withApprenticeships.err());
        assertFalse(withApprenticeships.err().contains("cannot be learnt"), withApprenticeships.err());
        CliRunner.Result schoolOnly = CliRunner.run("validate", "germany-dual", "--set", "occupations.3.school_based=false");
        assertEquals(0, schoolOnly.exitCode(), schoolOnly.err());
        assertTrue(schoolOnly.err().contains("occupation health_care cannot be learnt in vocational training from the start: "
                + "it is not taught at school (school_based: false) and it has no apprenticeships (apprenticeships: false)"),
                schoolOnly.err());
        CliRunner.Result reformed = CliRunner.run("validate", "baseline-reform", "--set", "occupations.2.school_based=false");
        assertEquals(0, reformed.exitCode(), reformed.err());
        assertTrue(reformed.err().contains("occupation ict cannot be learnt in vocational training from the start until "
                + "output month 37: "), "the reform of month 37 opens apprenticeships: " + reformed.err());
        assertFalse(reformed.err().contains("from output month"), reformed.err());
    }

    @Test
    void validateAcceptsReformsOfEducationAndLabourMarketKeysAndRefusesFixedOnes(@TempDir Path tmp) throws IOException {
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, "name: reformed\nreforms:\n  - month: 13\n    set:\n      education.compulsory_vet_share: 0.5\n"
                + "      labour_market.quit_rate: 0.03\n      financial_incentives.subsidy_per_place: 1.0\n");
        CliRunner.Result ok = CliRunner.run("validate", good.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        Path fixed = tmp.resolve("fixed.yaml");
        Files.writeString(fixed, "name: fixed\nreforms:\n  - month: 13\n    set:\n      labour_market.jobs_per_young_person: 2.0\n");
        CliRunner.Result refused = CliRunner.run("validate", fixed.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("cannot be changed by a reform"), refused.err());
        Path prefixed = tmp.resolve("prefixed.yaml");
        Files.writeString(prefixed, "name: prefixed\nreforms:\n  - month: 13\n    set:\n"
                + "      engagement.financial_incentives.subsidy_per_place: 2.0\n");
        CliRunner.Result told = CliRunner.run("validate", prefixed.toString());
        assertEquals(2, told.exitCode());
        assertTrue(told.err().contains("without the 'engagement.' prefix"), "says how to write it: " + told.err());
        assertFalse(told.err().contains("cannot be changed by a reform"), told.err());
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, CliRunner.run("--help").exitCode());
        CliRunner.Result version = CliRunner.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("vetsim "));
        assertTrue(CliRunner.run("params").out().contains("labour_market.quit_rate"));
    }
}
