package org.vetsim.model;

import org.vetsim.metrics.ReportListener;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.Scenario;
import sim.engine.SimState;

import java.util.ArrayList;
import java.util.List;

/**
 * The vetsim model as a MASON {@link SimState}: one economy of young people, colleges and
 * employers under a scenario, stepped one month per tick through the phases of
 * {@link MonthlyCycle}, each scheduled once (not once per agent) in its fixed order. Headless:
 * it reports through {@link ReportListener}s and never touches files or screens, so it runs the
 * same in the command line, the GUI and parallel replications.
 */
public final class VetModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final long replicationSeed;
    private final List<ReportListener> listeners = new ArrayList<>();
    private transient World world;

    public VetModel(Scenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
        this.replicationSeed = seed;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The seed of this replication, as given (all 64 bits are used by the streams). */
    public long replicationSeed() {
        return replicationSeed;
    }

    /** Adds a listener for the monthly reports; call before {@link #start()}. */
    public void addListener(ReportListener listener) {
        listeners.add(listener);
    }

    /** The economy being simulated (null before {@link #start()}). */
    public World world() {
        return world;
    }

    /** Months simulated in all, warm-up included. */
    public int totalMonths() {
        return scenario.simulation().totalMonths();
    }

    /** Whether every month of the scenario has been simulated. */
    public boolean isComplete() {
        return world != null && world.month >= totalMonths();
    }

    /** Puts other engagement mechanisms in force from the next simulated month on. */
    public void requestEngagement(Engagement engagement) {
        if (world != null) {
            world.pendingEngagement = engagement;
        }
    }

    /** The engagement mechanisms in force now (or at the start, before the model starts). */
    public Engagement engagement() {
        return world != null ? world.engagement : scenario.engagement();
    }

    @Override
    public void start() {
        super.start();
        world = new World(scenario, replicationSeed);
        new WorldBuilder(world).build();
        List<Phase> phases = MonthlyCycle.phases(List.copyOf(listeners));
        for (int order = 0; order < phases.size(); order++) {
            Phase phase = phases.get(order);
            schedule.scheduleRepeating(0.0, order, state -> {
                if (world.month < totalMonths()) {
                    phase.run(world);
                }
            }, 1.0);
        }
    }

    /** Runs the whole scenario headless: start, one schedule step per month, finish. */
    public void runToEnd() {
        start();
        while (!isComplete()) {
            schedule.step(this);
        }
        finish();
    }
}
