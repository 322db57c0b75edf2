package org.vetsim.experiment.optimise;

import org.vetsim.io.output.AtomicFiles;
import org.vetsim.io.output.DataPackage;
import org.vetsim.io.output.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs {@code vetsim optimise} in two steps: {@link #prepare} checks the output folder and runs
 * the base (in memory first, so that constraints the base shows to be impossible leave no folder
 * behind); {@link Prepared#run} saves the plan, answers the question and writes the outputs. All outputs are built from the plan and the
 * recorded runs, so an interrupted search resumed with the same command, or a search on another
 * number of threads, writes the same files.
 */
public final class OptimiseExperiment {
    /**
     * What to search.
     *
     * @param question the goal, or the trade-off curve
     * @param space the levers
     * @param reported metrics reported besides the goal's
     * @param window the window in words, for the report
     * @param baseName the base scenario's name (the chosen mixes' names start with it)
     */
    public record Settings(Question question, SearchSpace space, List<String> reported, String window, String baseName) {
        public Settings {
            reported = List.copyOf(reported);
        }
    }

    /**
     * What came out.
     *
     * @param folder the output folder
     * @param answer the searches and the base
     * @param files the scenario files written for the chosen mixes
     */
    public record Result(Path folder, Answer answer, List<String> files) {
        /** Whether the (first) search's chosen mix meets its constraints. */
        public boolean feasible() {
            return answer.searches().get(0).feasible();
        }
    }

    private OptimiseExperiment() {
    }

    /**
     * Checks everything that can refuse the search before anything is written: the output
     * folder, and the constraints against the base, which it runs (in memory, for a new search).
     */
    public static Prepared prepare(Path out, OptimisePlan plan, Settings settings, Outcomes outcomes, int threads,
                                   boolean resume, SearchListener listener) {
        boolean existing = OptimiseFolder.check(out, plan, resume);
        EvaluationStore store = new EvaluationStore(outcomes.columns());
        if (existing) {
            OptimiseFolder.removeAbandoned(out);
            store.attach(out);
        }
        Evaluator evaluator = new Evaluator(outcomes, store, plan.seedArray(), threads);
        listener.phase("running the base scenario " + plan.finalReplications() + " times", 1);
        Evaluation base = evaluator.base(plan.finalReplications());
        if (base.failed()) {
            throw new IllegalStateException("the base scenario failed: " + base.failure());
        }
        listener.progressed(1, 1, "");
        List<String> columns = outcomes.columns();
        settings.question().goal().requireAttainable(outcomes, metric -> base.mean(columns.indexOf(metric)));
        return new Prepared(out, plan, settings, outcomes, store, evaluator, base, existing, listener);
    }

    /** A search whose input has been checked and whose base has run: ready to search and write its outputs. */
    public static final class Prepared {
        private final Path out;
        private final OptimisePlan plan;
        private final Settings settings;
        private final Outcomes outcomes;
        private final EvaluationStore store;
        private final Evaluator evaluator;
        private final Evaluation base;
        private final boolean existing;
        private final SearchListener listener;

        private Prepared(Path out, OptimisePlan plan, Settings settings, Outcomes outcomes, EvaluationStore store,
                         Evaluator evaluator, Evaluation base, boolean existing, SearchListener listener) {
            this.out = out;
            this.plan = plan;
            this.settings = settings;
            this.outcomes = outcomes;
            this.store = store;
            this.evaluator = evaluator;
            this.base = base;
            this.existing = existing;
            this.listener = listener;
        }

        /** Saves the plan (and the base's runs), searches, and writes the outputs, {@code export}'s included. */
        public Result run(MixExport export) {
            if (!existing) {
                OptimiseFolder.save(out, plan);
                store.attach(out);
            }
            ConstrainedSearch search = new ConstrainedSearch(settings.space(), evaluator, new ConstrainedSearch.Settings(
                    plan.budget(), plan.population(), plan.replications(), plan.finalReplications(), plan.finalists(),
                    plan.masterSeed()), listener);
            Answer answer = new Optimisation(outcomes.columns(), base, settings.space(), search).answer(settings.question());
            try {
                List<String> files = write(out, plan, settings, outcomes, export, answer, listener);
                return new Result(out, answer, files);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the outputs in " + out, e);
            }
        }
    }

    private static List<String> write(Path out, OptimisePlan plan, Settings settings, Outcomes outcomes, MixExport export,
                                      Answer answer, SearchListener listener) throws IOException {
        Question question = settings.question();
        List<String> reported = reported(settings, question);
        List<String> files = export.write(out, named(settings, answer));
        writeTables(out, settings, outcomes, answer, reported, files);
        String objective = question.goal().objective().metric();
        ConvergenceChart.write(out.resolve("convergence.png"), answer, outcomes,
                answer.base().mean(outcomes.columns().indexOf(objective)), plan.replications());
        if (question.tradeoff()) {
            ParetoChart.write(out.resolve("pareto.png"), answer, outcomes, outcomes.columns(), objective,
                    question.second().metric());
        }
        List<String> compared = compared(question, answer, files);
        if (!compared.isEmpty()) {
            listener.phase("comparing the base with " + String.join(", ", compared) + " (paired statistics, "
                    + plan.finalReplications() + " replications)", 0);
        }
        String comparison = compared.isEmpty() ? "" : export.compare(out, compared, reported);
        OptimiseReport.Input input = new OptimiseReport.Input(plan, question, settings.space(), answer, outcomes,
                outcomes.columns(), settings.window(), export.baseValues(settings.space()), files, comparison);
        AtomicFiles.writeString(out.resolve("report.md"), OptimiseReport.write(input));
        return files;
    }

    /** {@code evaluations.csv}, with a curve {@code pareto.csv}, and the {@code datapackage.json} describing them. */
    private static void writeTables(Path out, Settings settings, Outcomes outcomes, Answer answer, List<String> reported,
                                    List<String> files) throws IOException {
        Question question = settings.question();
        List<String> columns = outcomes.columns();
        Table evaluations = EvaluationsCsv.table(settings.space(), outcomes, reported);
        AtomicFiles.write(out.resolve(evaluations.file()),
                stream -> EvaluationsCsv.write(stream, evaluations, answer, settings.space(), columns, reported));
        DataPackage tables = new DataPackage("vetsim-optimise", "A search of " + settings.baseName() + "'s levers to "
                + (question.tradeoff() ? "trace the trade-off curve between " + question.goal().objective().metric()
                + " and " + question.second().metric() : question.goal().objective().text()) + " (vetsim optimise).")
                .add(evaluations);
        if (question.tradeoff()) {
            Table pareto = ParetoCsv.table(settings.space(), outcomes, question.goal().objective().metric(),
                    question.second().metric());
            AtomicFiles.write(out.resolve(pareto.file()), stream -> ParetoCsv.write(stream, pareto, answer, columns, files));
            tables.add(pareto);
        }
        tables.writeTo(out);
    }

    /** The scenario files compared with the base: the best mix, or each distinct point on the curve. */
    private static List<String> compared(Question question, Answer answer, List<String> files) {
        if (!question.tradeoff()) {
            return files.stream().filter(f -> !f.isEmpty()).toList();
        }
        List<String> compared = new ArrayList<>();
        Set<Mix> mixes = new HashSet<>();
        for (int i = 0; i < answer.front().size(); i++) {
            FrontPoint p = answer.front().get(i);
            if (p.feasible() && !p.dominated() && !files.get(i).isEmpty() && mixes.add(p.mix())) {
                compared.add(files.get(i));
            }
        }
        return compared;
    }

    /** The goal's metrics (and a curve's second metric), then the other reported metrics. */
    private static List<String> reported(Settings settings, Question question) {
        List<String> metrics = new ArrayList<>(question.goal().metrics());
        if (question.tradeoff() && !metrics.contains(question.second().metric())) {
            metrics.add(1, question.second().metric());
        }
        settings.reported().stream().filter(m -> !metrics.contains(m)).forEach(metrics::add);
        return metrics;
    }

    /**
     * The chosen mixes to write as scenario files: the best (or closest), or each point of a
     * curve; null for a point whose runs all failed.
     */
    private static List<MixExport.Named> named(Settings settings, Answer answer) {
        List<MixExport.Named> named = new ArrayList<>();
        if (settings.question().tradeoff()) {
            for (FrontPoint p : answer.front()) {
                if (p.search().chosen().score().failed()) {
                    named.add(null);
                    continue;
                }
                String point = "P" + p.search().index();
                named.add(new MixExport.Named("pareto_" + point + ".yaml", settings.baseName() + "-" + point,
                        "point " + point + " of the trade-off curve: " + p.search().title() + "; " + p.mix().describe(), p.mix()));
            }
            return named;
        }
        SearchResult search = answer.searches().get(0);
        if (search.chosen().score().failed()) {
            named.add(null);
            return named;
        }
        boolean feasible = search.feasible();
        String what = feasible ? "best" : "closest";
        named.add(new MixExport.Named(what + ".yaml", settings.baseName() + "-" + what,
                (feasible ? "best mix found to " : "closest mix found (constraints not met) to ") + search.title() + ": "
                        + search.chosen().mix().describe(), search.chosen().mix()));
        return named;
    }
}
