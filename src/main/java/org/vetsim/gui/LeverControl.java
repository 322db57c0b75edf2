package org.vetsim.gui;

import org.vetsim.model.VetModel;
import org.vetsim.model.World;
import org.vetsim.scenario.Engagement;

/**
 * Applies the user's changes to the engagement mechanisms. While a run is in progress a change
 * builds a new {@link Engagement} with the {@code withX} methods and requests it from the model,
 * which puts it in force at the start of the next month; the charts get a marker there. Before a
 * run (or after it ends) a change sets the engagement the next run starts with.
 */
final class LeverControl {
    private final VetsimWithUI gui;
    private Engagement pending;

    LeverControl(VetsimWithUI gui) {
        this.gui = gui;
    }

    /** The engagement the levers show: a change requested this month, else the one in force. */
    Engagement shown() {
        synchronized (gui.state.schedule) {
            if (!gui.isRunning()) {
                return gui.scenario().engagement();
            }
            return pending != null ? pending : gui.model().engagement();
        }
    }

    Object get(Mechanism mechanism, String component) {
        return RecordEdit.get(mechanism.of(shown()), component);
    }

    /**
     * Sets one component of one mechanism.
     *
     * @throws RuntimeException the scenario record's message when the value is out of range
     */
    void set(Mechanism mechanism, String component, Object value) {
        synchronized (gui.state.schedule) {
            Engagement base = shown();
            Engagement next = mechanism.with(base, RecordEdit.with(mechanism.of(base), component, value));
            if (next.equals(base)) {
                return;
            }
            if (!gui.isRunning()) {
                gui.setStartEngagement(next);
                return;
            }
            VetModel model = gui.model();
            pending = next;
            model.requestEngagement(next);
            World world = model.world();
            if (!model.isComplete() && !world.inWarmup()) {
                gui.charts().addMarker(world.outputMonth(), describe(mechanism, component, value));
            }
        }
    }

    /** Called after each simulated month: a requested change is now in force. */
    void monthDone() {
        pending = null;
    }

    private static String describe(Mechanism mechanism, String component, Object value) {
        String what = component.equals("enabled") ? mechanism.label() : Labels.humanize(component);
        return what + " " + Labels.value(value);
    }
}
