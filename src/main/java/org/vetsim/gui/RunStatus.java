package org.vetsim.gui;

import org.vetsim.model.VetModel;
import org.vetsim.model.World;
import org.vetsim.scenario.OccupationSpec;
import org.vetsim.scenario.Scenario;

import java.util.stream.Collectors;

/** The read-only head of the Model tab: which scenario runs, with which seed, and where the run is. */
public final class RunStatus {
    private final VetsimWithUI gui;

    RunStatus(VetsimWithUI gui) {
        this.gui = gui;
    }

    public String getScenario() {
        return gui.scenario().name();
    }

    public String desScenario() {
        return "<html>" + gui.scenario().description() + "<br>Open another with Scenario &gt; Open Scenario File.</html>";
    }

    public long getSeed() {
        return gui.seed();
    }

    public String desSeed() {
        return "<html>Seed of this run. To run another seed, type it in the Console tab's<br>"
                + "Random Number Seed field and press Play; the same seed gives the same run.</html>";
    }

    public String getMonth() {
        synchronized (gui.state.schedule) {
            Scenario scenario = gui.scenario();
            int output = scenario.simulation().outputMonths();
            if (!gui.isRunning()) {
                return "not running (press Play)";
            }
            VetModel model = gui.model();
            World world = model.world();
            if (world.inWarmup()) {
                return "warm-up, month " + world.month() + " of " + scenario.simulation().warmupYears() * 12
                        + " (not charted)";
            }
            int done = Math.min(output, world.outputMonth() - 1);
            return "month " + done + " of " + output + " (year " + Math.max(1, (done + 11) / 12) + ")";
        }
    }

    public String desMonth() {
        return "<html>Months simulated. The warm-up years run first so that everyone in the youth window has been<br>"
                + "through the education system; charts start with the first month after the warm-up. The Console's<br>"
                + "step counter counts the warm-up's months too.</html>";
    }

    public int getOccupations() {
        return gui.scenario().occupations().size();
    }

    public String desOccupations() {
        return "<html>The occupations, one row each in the picture of the system:<br>"
                + gui.scenario().occupations().stream().map(OccupationSpec::name).collect(Collectors.joining(", "))
                + "</html>";
    }
}
