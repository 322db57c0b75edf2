package org.vetsim.experiment.cli;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.experiment.ScenarioHash;
import org.vetsim.experiment.SeedSequence;
import org.vetsim.experiment.optimise.Constraint;
import org.vetsim.experiment.optimise.Goal;
import org.vetsim.experiment.optimise.Lever;
import org.vetsim.experiment.optimise.LeverParser;
import org.vetsim.experiment.optimise.Mix;
import org.vetsim.experiment.optimise.MixScenarios;
import org.vetsim.experiment.optimise.ModelOutcomes;
import org.vetsim.experiment.optimise.Objective;
import org.vetsim.experiment.optimise.OptimiseExperiment;
import org.vetsim.experiment.optimise.OptimisePlan;
import org.vetsim.experiment.optimise.Question;
import org.vetsim.experiment.optimise.ScenarioExport;
import org.vetsim.experiment.optimise.SearchListener;
import org.vetsim.experiment.optimise.SearchSpace;
import org.vetsim.experiment.stats.Window;
import org.vetsim.io.scenario.ScenarioException;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code vetsim optimise}: the cheapest mix of mechanisms that reaches a target, or a trade-off curve. */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
        description = {"Search the levers for the mix that minimises (or maximises) one metric subject to constraints on "
                + "others, with CMA-ES, common random numbers and replications; or trace the trade-off curve between two "
                + "metrics with --pareto.",
            "Writes report.md (ending with a paired comparison of the base and the best mix), best.yaml, evaluations.csv, "
                + "convergence.png, datapackage.json and, with --pareto, pareto.csv and pareto.png."})
public final class OptimiseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "Base scenario file (YAML) or bundled scenario name.")
    Path base;

    @Option(names = "--lever", paramLabel = "KEY=RANGE",
            description = "A lever: KEY=LOW:HIGH (a number or whole-number key), KEY=LOW:HIGH:STEP, or KEY=bool (an on/off key) (repeatable).")
    List<String> levers = new ArrayList<>();

    @Option(names = "--reform-year", paramLabel = "Y|FROM:TO",
            description = "The levers take effect as a reform from the start of output year Y, or of the best year FROM to TO (a lever too).")
    String reformYear;

    @Option(names = {"--minimise", "--minimize"}, paramLabel = "METRIC", description = "The metric to make as small as possible.")
    String minimise;

    @Option(names = {"--maximise", "--maximize"}, paramLabel = "METRIC", description = "The metric to make as large as possible.")
    String maximise;

    @Option(names = "--subject-to", paramLabel = "'METRIC<=VALUE'",
            description = "A constraint: METRIC<=VALUE or METRIC>=VALUE; VALUE is a number, base, base-D, base+D or base-P%% (repeatable).")
    List<String> constraints = new ArrayList<>();

    @Option(names = "--pareto", paramLabel = "A,B",
            description = "Trace the trade-off curve between metrics A and B (both minimised; write max:B to maximise B).")
    String pareto;

    @Option(names = "--points", paramLabel = "K", description = "Searches along the trade-off curve (default: ${DEFAULT-VALUE}).")
    int points = 5;

    @Option(names = "--at-year", paramLabel = "Y|FROM:TO",
            description = "Average the metrics over output year Y, or years FROM to TO (default: the last year).")
    String atYear;

    @Option(names = "--replications", paramLabel = "R", description = "Replications of each candidate while searching (default: ${DEFAULT-VALUE}).")
    int replications = 5;

    @Option(names = "--final-replications", paramLabel = "R2",
            description = "Replications of the base, of the best candidates at the end and of the final comparison (default: 4 x R, at least 10).")
    Integer finalReplications;

    @Option(names = "--finalists", paramLabel = "K", description = "How many of the best candidates are run again with R2 replications (default: ${DEFAULT-VALUE}).")
    int finalists = 5;

    @Option(names = "--budget", paramLabel = "N", description = "Candidates CMA-ES asks for in each search (default: ${DEFAULT-VALUE}).")
    int budget = 100;

    @Option(names = "--population", paramLabel = "P", description = "CMA-ES population per generation (default: 4 + 3 ln(levers), at least 6).")
    int population;

    @Mixin
    ExperimentOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        checkNumbers();
        PrintWriter err = spec.commandLine().getErr();
        Function<List<String>, Scenario> loader = extra -> {
            List<String> all = new ArrayList<>(options.overrides);
            all.addAll(extra);
            return options.withYears(ScenarioLoader.load(base, all));
        };
        Scenario baseScenario = loader.apply(List.of());
        int years = baseScenario.simulation().outputMonths() / 12;
        SearchSpace space = space(loader, years);
        MixScenarios scenarios = new MixScenarios(loader, baseScenario);
        scenarios.requireReformable(space);
        Window window = window(baseScenario.simulation().outputMonths());
        ModelOutcomes outcomes = new ModelOutcomes(baseScenario, scenarios, window);
        Question question = question(outcomes);
        question.goal().requireAttainable(outcomes, null);
        List<String> reported = options.metrics().stream().map(Metric::column).toList();
        long seed = options.masterSeed(baseScenario);
        OptimisePlan plan = plan(baseScenario, question, window, reported, seed);
        Path out = options.out("optimise");
        OptimiseExperiment.Prepared search = OptimiseExperiment.prepare(out, plan,
                new OptimiseExperiment.Settings(question, space, reported, window.description(), baseScenario.name()),
                outcomes, options.threads, options.resume, options.quiet ? SearchListener.QUIET : new ConsoleProgress(err));
        ExperimentOptions.warnAbout(baseScenario, err);
        List<String> cornerKeys = new ArrayList<>();
        List<Scenario> cornerScenarios = new ArrayList<>();
        for (Mix corner : corners(space)) {
            try {
                cornerScenarios.add(scenarios.scenario(corner));
                cornerKeys.add(corner.key());
            } catch (ScenarioException refused) {
                // the scenario's rules refuse this corner: the search reports it, with the reason, if it proposes it
            }
        }
        ExperimentOptions.warnAboutVariants(baseScenario, cornerKeys, cornerScenarios, "corner mixes of the levers", err);
        scenarios.warnings(space).forEach(warning -> err.println("vetsim: warning: " + warning));
        err.flush();
        OptimiseExperiment.Result result = search.run(export(loader, scenarios, plan, window, years, err));
        new OptimiseSummary(spec.commandLine().getOut(), err).print(result, question, outcomes.columns());
        return 0;
    }

    /**
     * The corners of the search space whose warnings are checked before the search: every lever
     * at its lowest level, every lever at its highest, and each lever alone at its highest with the
     * rest at their lowest and alone at its lowest with the rest at their highest (a lever that
     * switches a mechanism off warns at one end).
     */
    static List<Mix> corners(SearchSpace space) {
        int n = space.dimension();
        List<Integer> low = new ArrayList<>(java.util.Collections.nCopies(n, 0));
        List<Integer> high = new ArrayList<>();
        for (Lever lever : space.levers()) {
            high.add(lever.levels() - 1);
        }
        List<Mix> corners = new ArrayList<>(List.of(new Mix(space, low), new Mix(space, high)));
        for (int i = 0; i < n; i++) {
            corners.add(new Mix(space, low).with(i, high.get(i)));
            corners.add(new Mix(space, high).with(i, 0));
        }
        return corners;
    }

    /** Writes the chosen mixes as scenario files and compares them with the base. */
    private ScenarioExport export(Function<List<String>, Scenario> loader, MixScenarios scenarios, OptimisePlan plan,
                                  Window window, int years, PrintWriter err) {
        List<String> fileOverrides = new ArrayList<>(options.overrides);
        if (options.years != null) {
            fileOverrides.add("simulation.years=" + options.years);
        }
        return new ScenarioExport(base.toString(), fileOverrides, loader, scenarios,
                new ScenarioExport.Comparison(plan.finalReplications(), plan.masterSeed(), atYears(window, years),
                        options.threads, options.progress(err)));
    }

    /** The plan of the search: everything that determines its outputs. */
    private OptimisePlan plan(Scenario baseScenario, Question question, Window window, List<String> reported, long seed) {
        int finalReps = finalReplications != null ? finalReplications : Math.max(10, 4 * replications);
        Goal goal = question.goal();
        return new OptimisePlan(OptimisePlan.FORMAT, base.toString(), ScenarioHash.of(baseScenario), options.overrides,
                baseScenario.simulation().outputMonths(), levers, reformYear == null ? "" : reformYear,
                goal.objective().text(), goal.constraints().stream().map(Constraint::text).toList(),
                question.tradeoff() ? question.second().text() : "", question.tradeoff() ? points : 1, window.name(),
                replications, finalReps, finalists, budget, population, seed,
                Arrays.stream(SeedSequence.seeds(seed, finalReps)).boxed().toList(), reported);
    }

    private void checkNumbers() {
        if (options.shard != null) {
            throw new ExperimentException("optimise cannot be split into shards: each candidate depends on the ones before it; use --threads");
        }
        require(replications >= 1, "--replications must be at least 1, got " + replications);
        require(finalReplications == null || finalReplications >= Math.max(2, replications),
                "--final-replications must be at least 2 and at least --replications, got " + finalReplications);
        require(finalists >= 1, "--finalists must be at least 1, got " + finalists);
        require(budget >= 1, "--budget must be at least 1, got " + budget);
        require(population == 0 || population >= 4, "--population must be at least 4, got " + population);
        require(points >= 2 && points <= 50, "--points must be between 2 and 50, got " + points);
        ReplicationRunner.checkThreads(options.threads);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ExperimentException(message);
        }
    }

    private SearchSpace space(Function<List<String>, Scenario> loader, int years) {
        LeverParser parser = new LeverParser(override -> loader.apply(List.of(override)));
        List<Lever> parsed = new ArrayList<>();
        levers.forEach(spec -> parsed.add(parser.parse(spec)));
        for (String override : options.overrides) {
            String key = override.contains("=") ? override.substring(0, override.indexOf('=')).strip() : override;
            if (parsed.stream().anyMatch(lever -> lever.key().equals(key))) {
                throw new ExperimentException("--set " + key + " clashes with --lever " + key + "; give the key in one of them");
            }
        }
        int fixedYear = 0;
        if (reformYear != null && reformYear.contains(":")) {
            parsed.add(LeverParser.reformYear(reformYear, years));
        } else if (reformYear != null) {
            fixedYear = LeverParser.fixedReformYear(reformYear, years);
        }
        if (levers.isEmpty() && reformYear != null) {
            throw new ExperimentException("--reform-year needs at least one --lever KEY=... for the reform to set");
        }
        return new SearchSpace(parsed, fixedYear);
    }

    private Question question(ModelOutcomes outcomes) {
        int given = (minimise != null ? 1 : 0) + (maximise != null ? 1 : 0) + (pareto != null ? 1 : 0);
        if (given != 1) {
            throw new ExperimentException("give exactly one of --minimise METRIC, --maximise METRIC or --pareto A,B");
        }
        List<Constraint> parsed = constraints.stream().map(text -> Constraint.parse(text, outcomes)).toList();
        if (pareto == null) {
            Objective objective = minimise != null ? new Objective(outcomes.column(minimise), false)
                    : new Objective(outcomes.column(maximise), true);
            return new Question(new Goal(objective, parsed), null, 1);
        }
        String[] pair = pareto.split(",", -1);
        if (pair.length != 2) {
            throw new ExperimentException("--pareto " + pareto + ": expected two metrics A,B, e.g. public_cost,neet_rate");
        }
        Objective first = paretoMetric(pair[0], outcomes);
        Objective second = paretoMetric(pair[1], outcomes);
        if (first.metric().equals(second.metric())) {
            throw new ExperimentException("--pareto " + pareto + ": the two metrics must differ");
        }
        return new Question(new Goal(first, parsed), second, points);
    }

    private static Objective paretoMetric(String text, ModelOutcomes outcomes) {
        String t = text.strip();
        boolean max = t.startsWith("max:");
        return new Objective(outcomes.column(max ? t.substring(4) : t), max);
    }

    private Window window(int months) {
        int years = months / 12;
        if (atYear == null) {
            return Window.end(months);
        }
        String[] parts = atYear.strip().split(":", -1);
        int from = year(parts[0], years);
        int to = parts.length == 2 ? year(parts[1], years) : from;
        if (parts.length > 2 || to < from) {
            throw new ExperimentException("--at-year " + atYear + ": expected a year Y or a range FROM:TO with FROM <= TO");
        }
        return from == to ? Window.year(from) : new Window("years_" + from + "_to_" + to,
                "output years " + from + " to " + to + " (mean of their " + 12 * (to - from + 1) + " months)",
                12 * (from - 1) + 1, 12 * to);
    }

    private int year(String text, int years) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1 && year <= years) {
                return year;
            }
        } catch (NumberFormatException e) {
            throw new ExperimentException("--at-year " + atYear + ": '" + text.strip() + "' is not a whole number");
        }
        throw new ExperimentException("--at-year " + atYear + ": the run has output years 1 to " + years);
    }

    private static List<Integer> atYears(Window window, int years) {
        boolean oneYear = window.toMonth() - window.fromMonth() == 11 && window.toMonth() != 12 * years;
        return oneYear ? List.of(window.toMonth() / 12) : List.of();
    }
}
