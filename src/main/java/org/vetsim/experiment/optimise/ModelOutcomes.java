package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ModelRun;
import org.vetsim.experiment.RunRecord;
import org.vetsim.experiment.stats.Window;
import org.vetsim.io.scenario.ScenarioException;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import java.util.Arrays;
import java.util.List;

/**
 * Outcomes from the vetsim model: each run is the mix's scenario run headless with the given
 * seed, and every metric of {@link Metric} is averaged over the search's window of output
 * months. A mix whose scenario the loader rejects (a combination of values a scenario check
 * forbids) gives failed runs with the loader's message.
 */
public final class ModelOutcomes extends ModelMetricNames implements Outcomes {
    private static final List<Metric> METRICS = List.of(Metric.values());

    private final Scenario base;
    private final MixScenarios scenarios;
    private final Window window;

    /**
     * @param base the base scenario
     * @param scenarios builds the scenario of a mix
     * @param window the output months each metric is averaged over
     */
    public ModelOutcomes(Scenario base, MixScenarios scenarios, Window window) {
        this.base = base;
        this.scenarios = scenarios;
        this.window = window;
    }

    @Override
    public List<String> columns() {
        return METRICS.stream().map(Metric::column).toList();
    }

    @Override
    public Trial base() {
        return (replication, seed) -> run(base, replication, seed);
    }

    @Override
    public Trial trial(Mix mix) {
        try {
            Scenario scenario = scenarios.scenario(mix);
            return (replication, seed) -> run(scenario, replication, seed);
        } catch (ScenarioException e) {
            return (replication, seed) -> RunOutcome.failed(replication, seed, "the scenario is invalid: " + e.getMessage());
        }
    }

    private RunOutcome run(Scenario scenario, int replication, long seed) {
        RunRecord record = ModelRun.run(scenario, 0, replication, seed, METRICS, List.of());
        if (!record.ok()) {
            return RunOutcome.failed(replication, seed, record.message());
        }
        double[] values = new double[METRICS.size()];
        Arrays.setAll(values, k -> window.mean(record.series(k)));
        return new RunOutcome(replication, seed, true, "", values);
    }
}
