package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.experiment.Outputs;
import org.vetsim.io.output.DataPackageAssert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search on noisy functions whose optimum is known. Stated tolerance: the lever values within
 * 0.05 of the optimum's (the noise of a mean of 16 replications moves the constraint's boundary by
 * about 0.01), the whole-number and on/off levers exact, and the true objective within 0.01.
 */
class NoisyFunctionTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheConstrainedOptimumWithinTolerance() throws IOException {
        OptimiseExperiment.Result result = FunctionSearch.defaults().run(tmp.resolve("out"),
                FunctionSearch.costWithOutcomeAtLeast("1.2"));
        SearchResult search = result.answer().searches().get(0);
        double[] x = FunctionOutcomes.values(search.chosen().mix());
        assertTrue(search.feasible(), "the chosen mix meets the constraint");
        assertEquals(0.4, x[0], 0.05, "x");
        assertEquals(0.8, x[1], 0.05, "y");
        assertEquals(7, x[2], "z, a whole-number lever");
        assertEquals(1, x[3], "s, an on/off lever");
        assertEquals(0.02, FunctionSearch.cost(x), 0.01, "true cost near the optimum 0.02");
        assertTrue(x[0] + x[1] >= 1.2 - 0.02, "the true outcome meets the bound within the noise");
        for (String file : new String[] {"report.md", "evaluations.csv", "convergence.png", "search.json"}) {
            assertTrue(Files.isRegularFile(result.folder().resolve(file)), file);
        }
        assertTrue(Files.readString(result.folder().resolve("report.md")).contains("**Best mix found: x "));
    }

    @Test
    void tracesAConvexTradeoffCurve() throws IOException {
        FunctionSearch settings = FunctionSearch.defaults();
        settings.outcomes = FunctionSearch.TRADEOFF;
        settings.budget = 80;
        Question question = new Question(new Goal(new Objective("cost", false), List.of()), new Objective("harm", false), 4);
        OptimiseExperiment.Result result = settings.run(tmp.resolve("out"), question);
        List<FrontPoint> front = result.answer().front();
        assertEquals(4, front.size());
        for (FrontPoint p : front) {
            assertTrue(p.feasible() && !p.dominated(), "point " + p.search().index() + " is on the curve: "
                    + Files.readString(result.folder().resolve("pareto.csv")));
            assertEquals(1 - Math.sqrt(Math.max(0, p.second())), p.first(), 0.05,
                    "point " + p.search().index() + " lies on the true curve cost = 1 - sqrt(harm)");
        }
        assertTrue(front.get(0).first() < 0.05 && front.get(3).second() < 0.05, "the two ends are the two optima");
        for (String file : new String[] {"pareto.csv", "pareto.png", "convergence.png", "report.md"}) {
            assertTrue(Files.isRegularFile(result.folder().resolve(file)), file);
        }
        assertEquals(5, Files.readAllLines(result.folder().resolve("pareto.csv")).size());
        assertEquals(2, DataPackageAssert.assertDescribesEveryFile(result.folder()),
                "datapackage.json describes evaluations.csv and pareto.csv, each column as its header has it");
    }

    @Test
    void writesTheSameFilesWhateverTheNumberOfThreads() {
        FunctionSearch one = FunctionSearch.defaults();
        one.budget = 40;
        one.run(tmp.resolve("one"), FunctionSearch.costWithOutcomeAtLeast("1.2"));
        FunctionSearch three = FunctionSearch.defaults();
        three.budget = 40;
        three.threads = 3;
        three.run(tmp.resolve("three"), FunctionSearch.costWithOutcomeAtLeast("1.2"));
        Outputs.assertSame(tmp.resolve("one"), tmp.resolve("three"));
    }

    @Test
    void reportsAConstraintNoCandidateMeetsWithTheClosestMix() throws IOException {
        FunctionSearch settings = FunctionSearch.defaults();
        settings.budget = 60;
        OptimiseExperiment.Result result = settings.run(tmp.resolve("out"), FunctionSearch.costWithOutcomeAtLeast("2.5"));
        SearchResult search = result.answer().searches().get(0);
        assertFalse(result.feasible());
        double[] x = FunctionOutcomes.values(search.chosen().mix());
        assertTrue(x[0] + x[1] > 1.8, "the closest mix comes as near to outcome 2.5 as x, y <= 1 allow: " + (x[0] + x[1]));
        String report = Files.readString(result.folder().resolve("report.md"));
        assertTrue(report.contains("**No candidate met the constraints.** The closest mix, x "), report);
    }
}
